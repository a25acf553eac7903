using Mcred.Files;
using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// The one way mcred writes a file (fmt, --output, new, import): through a temporary file in the target's folder
    /// and a rename, so no reader ever sees half a file and a failure leaves the original as it was. It never writes
    /// through a symbolic link, never rewrites a read-only file, keeps the target's permission bits and owner, and
    /// refuses to replace a file that changed since mcred read it (an edit made meanwhile is never lost). The temporary
    /// file is named <c>.NAME.mcred-write-XXXXXXXX.tmp</c>, so a leftover one (after a kill -9) is recognisable, and is
    /// removed on every failure. Like editors that save safely (Vim's <c>backupcopy=auto</c>), it writes into the
    /// target in place instead of renaming when a rename would change what the path is: the target has other hard
    /// links, or its owner cannot be kept (a shared file rewritten by a user who is not root). A target that is not a
    /// regular file (a device, a named pipe) is refused: a rename would replace it.
    /// </summary>
    internal static class AtomicFile
    {
        /// <summary>Tests simulate a failure, or a concurrent edit, between writing the temporary file and the rename.</summary>
        internal static Action<string>? BeforeRename;

        /// <param name="path">The target.</param>
        /// <param name="content">The new text.</param>
        /// <param name="encoding">How to encode it (a byte-order mark is kept by passing an encoding that emits one).</param>
        /// <param name="shownAs">How messages name the target (relative to the current folder).</param>
        /// <param name="expectedCurrent">The text mcred read from the target, if it read it: the write is refused when the file no longer holds it.</param>
        /// <param name="createFolder">Whether the target's folder may be created (its parent must exist): the folder a
        /// command is asked to fill (<c>new</c>, <c>import</c>, an Open Badges export). Otherwise a missing folder is an
        /// error: mcred never creates folders where a typo put them.</param>
        public static void Write(string path, string content, Encoding encoding, string shownAs, string? expectedCurrent = null, bool createFolder = false)
        {
            var full = Path.GetFullPath(path);
            path = shownAs;
            var folder = Path.GetDirectoryName(full) ?? ".";
            if (Directory.Exists(full))
            {
                throw new CliException($"{path}: is a folder; name a file to write (for example {Path.Combine(path, "out.txt")})");
            }

            if (!Directory.Exists(folder) && !createFolder)
            {
                throw new CliException($"cannot write {path}: the folder {(Path.GetDirectoryName(path) is { Length: > 0 } shown ? shown : folder)} does not exist; mcred does not create folders (create it first)");
            }

            var existing = new FileInfo(full);
            if (existing.LinkTarget != null)
            {
                throw new CliException($"{path}: is a symbolic link; mcred does not write through links (write to the file it points to instead)");
            }

            var facts = FileFacts.Of(full);
            if (facts is { IsRegular: false, Kind: not FileKind.Directory })
            {
                // A rename would replace the device or pipe with a regular file (as root, /dev/null itself).
                throw new CliException($"{path}: is {FileFacts.Describe(facts.Kind)}, not a regular file; mcred writes only regular files (to see the report on the terminal, leave out --output)");
            }

            UnixFileMode? mode = null;
            if (existing.Exists)
            {
                if (IsReadOnly(existing))
                {
                    throw new CliException($"{path}: is read-only; mcred does not change it (make it writable first)");
                }

                mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(full);
            }

            var temp = Path.Combine(folder, "." + Path.GetFileName(full) + ".mcred-write-" + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                if (createFolder)
                {
                    CreateFolder(folder, Path.GetDirectoryName(path) is { Length: > 0 } shown ? shown : folder);
                }

                File.WriteAllText(temp, content, encoding);
                if (mode is UnixFileMode kept && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, kept);
                }

                BeforeRename?.Invoke(temp);
                if (expectedCurrent != null && !Holds(full, expectedCurrent, encoding))
                {
                    TryDelete(temp);
                    throw new CliException($"{path}: changed since mcred read it; nothing was written (run the command again)");
                }

                if (facts != null && (facts.Links > 1 || !FileFacts.TryGiveOwnership(temp, facts)))
                {
                    WriteInto(full, path, File.ReadAllBytes(temp), keptIn: temp);
                    TryDelete(temp);
                    return;
                }

                File.Move(temp, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                TryDelete(temp);
                throw new CliException($"cannot write {path}: {e.Message}");
            }
        }

        /// <summary>
        /// Creates the one folder a command fills (<c>new</c>, <c>import</c>, an Open Badges export) when the folder above
        /// it exists; anything more is refused, so a typo never makes a tree of folders.
        /// </summary>
        public static void CreateFolder(string folder, string shownAs)
        {
            if (Directory.Exists(folder))
            {
                return;
            }

            if (!Directory.Exists(Path.GetDirectoryName(folder) ?? folder))
            {
                throw new CliException($"cannot write {shownAs}: the folder above it does not exist; mcred does not create folders (create it first)");
            }

            Directory.CreateDirectory(folder);
        }

        /// <summary>Overwrites the target's content in place, keeping the file itself (its links and owner).</summary>
        private static void WriteInto(string full, string shownAs, byte[] bytes, string? keptIn = null)
        {
            try
            {
                using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                stream.Write(bytes, 0, bytes.Length);
                stream.SetLength(bytes.Length);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var kept = keptIn == null ? string.Empty : $" (the new text is kept in {keptIn})";
                throw new CliException($"cannot write {shownAs}: {e.Message}{kept}");
            }
        }

        /// <summary>Read-only for its owner (Unix permission bits) or by attribute (Windows).</summary>
        private static bool IsReadOnly(FileInfo file) =>
            OperatingSystem.IsWindows()
                ? file.IsReadOnly
                : (File.GetUnixFileMode(file.FullName) & UnixFileMode.UserWrite) == 0;

        /// <summary>The file still holds exactly the text that was read (with the same byte-order mark).</summary>
        private static bool Holds(string path, string expected, Encoding encoding)
        {
            try
            {
                var now = File.ReadAllBytes(path);
                var then = encoding.GetPreamble().Concat(encoding.GetBytes(expected)).ToArray();
                return now.AsSpan().SequenceEqual(then);
            }
            catch (FileNotFoundException)
            {
                return false;
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
