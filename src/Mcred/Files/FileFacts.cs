using System;
using System.Runtime.InteropServices;

namespace Mcred.Files
{
    /// <summary>What a path is on disk, as the kernel says (Linux <c>statx</c>), where .NET does not tell.</summary>
    internal enum FileKind
    {
        Regular,
        Directory,
        NamedPipe,
        CharacterDevice,
        BlockDevice,
        Socket,
        SymbolicLink,
    }

    /// <summary>
    /// The facts .NET's <see cref="System.IO.FileInfo"/> does not give: the file's type (a FIFO and a device look like
    /// empty files to it), its identity (device and inode, so a folder or file reached through links is seen once)
    /// and its owner (so a rewrite can keep it). Read with one <c>statx</c> call, whose layout is the same on every
    /// Linux architecture. No package serves this portably (Mono.Unix ships no working native library here;
    /// Tmds.LibC has Linux-only, runtime-specific assemblies), so this is the one place mcred calls libc. Elsewhere
    /// (macOS, Windows, a libc without <c>statx</c>) <see cref="Of"/> returns null and callers fall back to what
    /// .NET knows.
    /// </summary>
    internal sealed class FileFacts
    {
        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxBasicStats = 0x7ff;
        private const int StatxSize = 256;

        private static bool unavailable = !RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        private FileFacts(FileKind kind, ulong device, ulong inode, uint owner, uint group, uint links, long size)
        {
            Size = size;
            Kind = kind;
            Device = device;
            Inode = inode;
            Owner = owner;
            Group = group;
            Links = links;
        }

        public FileKind Kind { get; }

        /// <summary>Device and inode together name the file, whatever path reached it.</summary>
        public string Identity => Device + ":" + Inode;

        /// <summary>The size in bytes (0 for pipes and devices).</summary>
        public long Size { get; }

        public ulong Device { get; }
        public ulong Inode { get; }
        public uint Owner { get; }
        public uint Group { get; }
        public uint Links { get; }

        public bool IsRegular => Kind == FileKind.Regular;

        /// <summary>The facts of <paramref name="path"/> (following symbolic links unless <paramref name="followLinks"/> is false), or null when the path does not exist or the platform cannot say.</summary>
        public static FileFacts? Of(string path, bool followLinks = true)
        {
            if (unavailable)
            {
                return null;
            }

            var buffer = new byte[StatxSize];
            try
            {
                if (statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
                {
                    return null;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException || e is DllNotFoundException)
            {
                unavailable = true;
                return null;
            }

            // struct statx: stx_nlink at 16, stx_uid 20, stx_gid 24, stx_mode 28 (u16), stx_ino 32,
            // stx_size 40, stx_dev_major 136, stx_dev_minor 140.
            var links = BitConverter.ToUInt32(buffer, 16);
            var owner = BitConverter.ToUInt32(buffer, 20);
            var group = BitConverter.ToUInt32(buffer, 24);
            var mode = BitConverter.ToUInt16(buffer, 28);
            var inode = BitConverter.ToUInt64(buffer, 32);
            var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
            var size = BitConverter.ToInt64(buffer, 40);
            return new FileFacts(KindOf(mode), device, inode, owner, group, links, size);
        }

        /// <summary>
        /// Gives <paramref name="path"/> the owner and group of <paramref name="like"/> when they differ, as root can
        /// (a rewrite by root keeps a user's file theirs). False when it could not; the caller decides what that means.
        /// </summary>
        public static bool TryGiveOwnership(string path, FileFacts like)
        {
            var now = Of(path, followLinks: false);
            if (now == null || (now.Owner == like.Owner && now.Group == like.Group))
            {
                return true;
            }

            try
            {
                return chown(path, like.Owner, like.Group) == 0;
            }
            catch (Exception e) when (e is EntryPointNotFoundException || e is DllNotFoundException)
            {
                return false;
            }
        }

        /// <summary>Why a file of this kind is not read, in the words every reader uses (<paramref name="what"/>: ".mcred files", "baselines").</summary>
        public string NotRegularReason(string what) => "is " + Describe(Kind) + ", not a regular file; mcred reads only regular " + what;

        /// <summary>How messages name a kind of file that is not a regular one.</summary>
        public static string Describe(FileKind kind)
        {
            switch (kind)
            {
                case FileKind.NamedPipe: return "a named pipe (FIFO)";
                case FileKind.CharacterDevice: return "a character device";
                case FileKind.BlockDevice: return "a block device";
                case FileKind.Socket: return "a socket";
                case FileKind.Directory: return "a folder";
                case FileKind.SymbolicLink: return "a symbolic link";
                default: return "a regular file";
            }
        }

        private static FileKind KindOf(ushort mode)
        {
            switch (mode & 0xF000)
            {
                case 0x1000: return FileKind.NamedPipe;
                case 0x2000: return FileKind.CharacterDevice;
                case 0x4000: return FileKind.Directory;
                case 0x6000: return FileKind.BlockDevice;
                case 0xA000: return FileKind.SymbolicLink;
                case 0xC000: return FileKind.Socket;
                default: return FileKind.Regular;
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int chown(string pathname, uint owner, uint group);

        [DllImport("libc", SetLastError = true)]
        private static extern int statx(int dirfd, string pathname, int flags, uint mask, byte[] statxbuf);
    }
}
