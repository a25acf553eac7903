using Mcred.Files;
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Mcred.Workspace
{
    /// <summary>The disk, as <c>mcred check</c> reads it: plans as strict UTF-8, regular files only, links seen through.</summary>
    internal sealed class DiskFileSystem : IPlanFileSystem
    {
        public static readonly DiskFileSystem Instance = new DiskFileSystem();

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        // .NET 6+ has FileSystemInfo.ResolveLinkTarget; this library targets netstandard2.0 but runs on .NET 10 in the
        // CLI and the harness, so the method is looked up once and used where it exists.
        private static readonly System.Reflection.MethodInfo? ResolveLinkTarget =
            typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

        private DiskFileSystem()
        {
        }

        public bool FileExists(string fullPath) => File.Exists(fullPath);

        public bool FolderExists(string fullPath) => Directory.Exists(fullPath);

        public IReadOnlyList<string> Entries(string folder) => Directory.GetFileSystemEntries(folder);

        public FileFacts? Facts(string fullPath) => FileFacts.Of(fullPath);

        public string FolderIdentity(string folder) => FileFacts.Of(folder)?.Identity ?? RealPath(folder);

        public string Read(string fullPath, out bool hasBom)
        {
            byte[] bytes;
            try
            {
                // One statx call answers both questions where the platform has it.
                var size = WorkspaceFiles.RequireRegular(fullPath, fullPath)?.Size ?? new FileInfo(fullPath).Length;
                if (size > WorkspaceFiles.MaxFileBytes)
                {
                    throw new McredInputException(fullPath, $"is larger than {WorkspaceFiles.MaxFileBytes / (1024 * 1024)} MB, the most mcred reads from one file; split the plan into several files");
                }

                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new McredInputException(fullPath, "cannot read the file: " + e.Message);
            }

            return Decode(fullPath, bytes, out hasBom);
        }

        public string? ReadIfPresent(string fullPath)
        {
            try
            {
                // A named pipe or device with a config file's name is as if absent: reading it would block or never end.
                if (!File.Exists(fullPath) || FileFacts.Of(fullPath) is { IsRegular: false })
                {
                    return null;
                }

                return File.ReadAllText(fullPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Strict UTF-8 (a byte-order mark is allowed and reported): a plan in another encoding is refused, not garbled.</summary>
        internal static string Decode(string shownAs, byte[] bytes, out bool hasBom)
        {
            hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var offset = hasBom ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException e)
            {
                throw new McredInputException(shownAs, $"not valid UTF-8 (byte offset {offset + Math.Max(0, e.Index)}); save the file as UTF-8");
            }
        }

        /// <summary>The folder's real path when it is a symbolic link (so a loop is seen as a folder already visited).</summary>
        private static string RealPath(string folder)
        {
            if (ResolveLinkTarget != null)
            {
                try
                {
                    if (ResolveLinkTarget.Invoke(new DirectoryInfo(folder), new object[] { true }) is FileSystemInfo target)
                    {
                        return target.FullName.TrimEnd(Path.DirectorySeparatorChar);
                    }
                }
                catch (System.Reflection.TargetInvocationException)
                {
                    // A dangling or unreadable link: walk it as the path it is.
                }
            }

            return folder;
        }
    }
}
