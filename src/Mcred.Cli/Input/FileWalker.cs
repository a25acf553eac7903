using System;
using System.Collections.Generic;
using System.IO;

namespace Mcred.Cli.Input
{
    /// <summary>Finds the .mcred files under the given paths (folders recursively), each once, in workspace order.</summary>
    internal static class FileWalker
    {
        public const string Extension = ".mcred";

        public static List<string> Find(IReadOnlyList<string> paths, CliContext context, string extension = Extension)
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var full = context.FullPath(path);
                if (File.Exists(full))
                {
                    found.Add(full);
                }
                else if (Directory.Exists(full))
                {
                    Walk(full, extension, found, new HashSet<string>(StringComparer.Ordinal), path);
                }
                else
                {
                    throw new CliException($"path not found: {path}");
                }
            }

            var list = new List<string>(found);
            list.Sort(Mcred.Workspace.WorkspaceOrder.ComparePaths);
            return list;
        }

        private static void Walk(string folder, string extension, SortedSet<string> found, HashSet<string> visited, string shownAs)
        {
            // A folder reached twice through links is walked once: symbolic-link loops end here.
            var identity = new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder;
            if (!visited.Add(identity))
            {
                return;
            }

            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder);
                entries = new List<string>(entries);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CliException($"cannot read folder {shownAs}: {e.Message}");
            }

            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    Walk(entry, extension, found, visited, entry);
                }
                else if (entry.EndsWith(extension, StringComparison.Ordinal))
                {
                    found.Add(entry);
                }
            }
        }
    }
}
