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

        /// <summary>Full paths of the .mcred files under <paramref name="paths"/> (resolved against <paramref name="baseDirectory"/>), each once, in workspace order.</summary>
        public static List<string> Find(IEnumerable<string> paths, string baseDirectory) => Find(paths, baseDirectory, null);

        /// <summary>As <see cref="Find(IEnumerable{string}, string)"/>, leaving out the files <paramref name="isExcluded"/> names (full paths); a path whose every file is excluded holds no .mcred file.</summary>
        public static List<string> Find(IEnumerable<string> paths, string baseDirectory, Func<string, bool>? isExcluded) =>
            Find(DiskFileSystem.Instance, paths, baseDirectory, isExcluded);

        /// <summary>As <see cref="Find(IEnumerable{string}, string, Func{string, bool})"/>, over any file system (open buffers, memory).</summary>
        /// <remarks>
        /// When <c>skipped</c> is given, a file or folder inside a walked folder that cannot be used (a named pipe, a
        /// device, a folder that cannot be read) is reported to it and the walk goes on: an editor's workspace loses that
        /// entry, not every file. Without it the walk stops at the first such entry, as <c>mcred check</c> does.
        /// </remarks>
        internal static List<string> Find(IPlanFileSystem fileSystem, IEnumerable<string> paths, string baseDirectory, Func<string, bool>? isExcluded, Action<McredInputException>? skipped = null)
        {
            var found = new FoundFiles(fileSystem, isExcluded);
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
                if (fileSystem.FileExists(full))
                {
                    var before = found.Offered;
                    found.Add(full, path);
                    if (found.Offered == before)
                    {
                        throw McredInputException.NoFiles(path);
                    }
                }
                else if (fileSystem.FolderExists(full))
                {
                    var before = found.Offered;
                    Walk(fileSystem, full, found, new HashSet<string>(StringComparer.Ordinal), path, skipped);
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
        public static List<string> CheckedFolders(IEnumerable<string> paths, string baseDirectory) =>
            CheckedFolders(DiskFileSystem.Instance, paths, baseDirectory);

        internal static List<string> CheckedFolders(IPlanFileSystem fileSystem, IEnumerable<string> paths, string baseDirectory)
        {
            var folders = new List<string>();
            foreach (var path in paths)
            {
                var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
                folders.Add(fileSystem.FolderExists(full) ? full.TrimEnd(Path.DirectorySeparatorChar) : Path.GetDirectoryName(full) ?? full);
            }

            return folders;
        }

        /// <summary>Reads a plan from disk as UTF-8 (a byte-order mark is allowed and reported).</summary>
        public static string Read(string fullPath, out bool hasBom) => DiskFileSystem.Instance.Read(fullPath, out hasBom);

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
                throw new McredInputException(shownAs, facts.NotRegularReason(".mcred files"));
            }

            return facts;
        }

        private static void Walk(IPlanFileSystem fileSystem, string folder, FoundFiles found, HashSet<string> visited, string shownAs, Action<McredInputException>? skipped)
        {
            // A folder reached twice through links is walked once (by its device and inode, or its real path where
            // the platform cannot say): symbolic-link loops end here, and no plan is read twice.
            if (!visited.Add(FolderKey(fileSystem, folder)))
            {
                return;
            }

            IReadOnlyList<string> entries;
            try
            {
                entries = fileSystem.Entries(folder);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                var problem = new McredInputException(shownAs, "cannot read the folder: " + e.Message);
                if (skipped == null || visited.Count == 1)
                {
                    // The folder asked for itself cannot be read: nothing to go on with.
                    throw problem;
                }

                skipped(problem);
                return;
            }

            foreach (var entry in entries)
            {
                if (fileSystem.FolderExists(entry))
                {
                    if (!IsSkipped(Path.GetFileName(entry)))
                    {
                        Walk(fileSystem, entry, found, visited, entry, skipped);
                    }
                }
                else if (IsPlanPath(entry))
                {
                    try
                    {
                        found.Add(entry, entry);
                    }
                    catch (McredInputException e) when (skipped != null)
                    {
                        skipped(e);
                    }
                }
            }
        }

        /// <summary>Build output (bin, obj) holds copies of fixtures, and dot-folders (.git) hold no plans.</summary>
        private static bool IsSkipped(string name) => name == "bin" || name == "obj" || name.StartsWith(".", StringComparison.Ordinal);

        private static string FolderKey(IPlanFileSystem fileSystem, string folder)
        {
            if (Depth(folder) > 256)
            {
                throw new McredInputException(folder, "folders nested more than 256 deep (a symbolic-link loop?)");
            }

            return fileSystem.FolderIdentity(folder);
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
