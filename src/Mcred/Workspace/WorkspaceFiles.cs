using Mcred.Files;
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Mcred.Workspace
{
    /// <summary>
    /// Finding and reading the .mcred files of a workspace on disk, shared by the CLI, the fixture runner and the test
    /// harness: folders are walked recursively (skipping build output and dot-folders), files are read as UTF-8.
    /// </summary>
    public static class WorkspaceFiles
    {
        public const string Extension = ".mcred";

        /// <summary>
        /// Whether a path names a plan: it ends in <c>.mcred</c>, compared ordinally (so <c>Plan.MCRED</c> is not one, on
        /// any file system). Every shell asks this one question: the CLI's walk, the language server, the analyzer.
        /// </summary>
        public static bool IsPlanPath(string path) => path.EndsWith(Extension, StringComparison.Ordinal);

        /// <summary>The largest file mcred reads (256 MB): five times the largest plan tested (50 MB, 100,000 skills), far below what would exhaust memory.</summary>
        internal const long MaxFileBytes = 256L * 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Full paths of the .mcred files under <paramref name="paths"/> (resolved against <paramref name="baseDirectory"/>), each once, in workspace order.</summary>
        public static List<string> Find(IEnumerable<string> paths, string baseDirectory) => Find(paths, baseDirectory, null);

        /// <summary>As <see cref="Find(IEnumerable{string}, string)"/>, leaving out the files <paramref name="isExcluded"/> names (full paths); a path whose every file is excluded holds no .mcred file.</summary>
        public static List<string> Find(IEnumerable<string> paths, string baseDirectory, Func<string, bool>? isExcluded)
        {
            var found = new FoundFiles(isExcluded);
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
                if (File.Exists(full))
                {
                    var before = found.Offered;
                    found.Add(full, path);
                    if (found.Offered == before)
                    {
                        throw McredInputException.NoFiles(path);
                    }
                }
                else if (Directory.Exists(full))
                {
                    var before = found.Offered;
                    Walk(full, found, new HashSet<string>(StringComparer.Ordinal), path);
                    if (found.Offered == before)
                    {
                        throw McredInputException.NoFiles(path);
                    }
                }
                else
                {
                    throw new McredInputException(path, "path not found");
                }
            }

            var list = found.Paths;
            list.Sort(WorkspaceOrder.ComparePaths);
            return list;
        }

        /// <summary>The folders whose .globalconfig files (and their parents') apply: each folder given, or a given file's folder.</summary>
        public static List<string> CheckedFolders(IEnumerable<string> paths, string baseDirectory)
        {
            var folders = new List<string>();
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
                folders.Add(Directory.Exists(full) ? full.TrimEnd(Path.DirectorySeparatorChar) : Path.GetDirectoryName(full) ?? full);
            }

            return folders;
        }

        /// <summary>Reads a file as UTF-8 (a byte-order mark is allowed and reported).</summary>
        public static string Read(string fullPath, out bool hasBom)
        {
            byte[] bytes;
            try
            {
                // One statx call answers both questions where the platform has it.
                var size = RequireRegular(fullPath, fullPath)?.Size ?? new FileInfo(fullPath).Length;
                if (size > MaxFileBytes)
                {
                    throw new McredInputException(fullPath, $"is larger than {MaxFileBytes / (1024 * 1024)} MB, the most mcred reads from one file; split the plan into several files");
                }

                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new McredInputException(fullPath, "cannot read the file: " + e.Message);
            }

            hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var offset = hasBom ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
            }
            catch (DecoderFallbackException e)
            {
                throw new McredInputException(fullPath, $"not valid UTF-8 (byte offset {offset + Math.Max(0, e.Index)}); save the file as UTF-8");
            }
        }

        public static McredSource ReadSource(string fullPath) => new McredSource(fullPath, Read(fullPath, out _));

        /// <summary>
        /// mcred reads regular files only: a named pipe would block the read forever and a device such as /dev/zero
        /// never ends. Platforms where the type cannot be told (<see cref="FileFacts.Of"/> is null) read as before.
        /// </summary>
        /// <returns>The file's facts, or null where the platform cannot tell.</returns>
        internal static FileFacts? RequireRegular(string fullPath, string shownAs) => RequireRegular(FileFacts.Of(fullPath), shownAs);

        internal static FileFacts? RequireRegular(FileFacts? facts, string shownAs)
        {
            if (facts != null && !facts.IsRegular)
            {
                throw new McredInputException(shownAs, "is " + FileFacts.Describe(facts.Kind) + ", not a regular file; mcred reads only regular .mcred files");
            }

            return facts;
        }

        private static void Walk(string folder, FoundFiles found, HashSet<string> visited, string shownAs)
        {
            // A folder reached twice through links is walked once (by its device and inode, or its real path where
            // the platform cannot say): symbolic-link loops end here, and no plan is read twice.
            if (!visited.Add(FolderKey(folder)))
            {
                return;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new McredInputException(shownAs, "cannot read the folder: " + e.Message);
            }

            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    if (!IsSkipped(Path.GetFileName(entry)))
                    {
                        Walk(entry, found, visited, entry);
                    }
                }
                else if (IsPlanPath(entry))
                {
                    found.Add(entry, entry);
                }
            }
        }

        /// <summary>Build output (bin, obj) holds copies of fixtures, and dot-folders (.git) hold no plans.</summary>
        private static bool IsSkipped(string name) => name == "bin" || name == "obj" || name.StartsWith(".", StringComparison.Ordinal);

        // .NET 6+ has FileSystemInfo.ResolveLinkTarget; this library targets netstandard2.0 but runs on .NET 10 in the
        // CLI and the harness, so the method is looked up once and used where it exists.
        private static readonly System.Reflection.MethodInfo? ResolveLinkTarget =
            typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

        private static string FolderKey(string folder)
        {
            if (Depth(folder) > 256)
            {
                throw new McredInputException(folder, "folders nested more than 256 deep (a symbolic-link loop?)");
            }

            var facts = FileFacts.Of(folder);
            return facts != null ? facts.Identity : RealPath(folder);
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

        private static int Depth(string path)
        {
            var depth = 0;
            foreach (var c in path)
            {
                if (c == Path.DirectorySeparatorChar)
                {
                    depth++;
                }
            }

            return depth;
        }
    }
}
