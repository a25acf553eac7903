using System;
using System.Collections.Generic;
using Mcred.Files;
using Mcred.Workspace;

namespace Mcred.Tooling.Files
{
    /// <summary>
    /// A workspace held in memory (the browser edition's files, a test's): full paths with '/' separators, folders
    /// implied by the files under them. Discovery walks it exactly as it walks the disk.
    /// </summary>
    internal sealed class MemoryFileSystem : IPlanFileSystem
    {
        private readonly Dictionary<string, string> files = new Dictionary<string, string>(StringComparer.Ordinal);
        private HashSet<string>? folders;

        public IEnumerable<string> Paths => files.Keys;

        /// <summary>Creates or replaces a file; its folders come into being with it.</summary>
        public void Write(string fullPath, string text)
        {
            files[fullPath] = text;
            folders = null;
        }

        public bool Delete(string fullPath)
        {
            folders = null;
            return files.Remove(fullPath);
        }

        public bool FileExists(string fullPath) => files.ContainsKey(fullPath);

        public bool FolderExists(string fullPath) => Folders().Contains(Trim(fullPath));

        public IReadOnlyList<string> Entries(string folder)
        {
            var parent = Trim(folder);
            var entries = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var path in files.Keys)
            {
                if (ChildOf(parent, path) is string child)
                {
                    entries.Add(child);
                }
            }

            return new List<string>(entries);
        }

        /// <summary>Memory holds regular files only, each known by its path.</summary>
        public FileFacts? Facts(string fullPath) => null;

        public string FolderIdentity(string folder) => Trim(folder);

        public string Read(string fullPath, out bool hasBom)
        {
            if (!files.TryGetValue(fullPath, out var text))
            {
                throw new McredInputException(fullPath, "path not found");
            }

            // A text handed over with its byte-order mark reads as the disk would read the file.
            hasBom = text.Length > 0 && text[0] == '\uFEFF';
            return hasBom ? text.Substring(1) : text;
        }

        public string? ReadIfPresent(string fullPath) => files.TryGetValue(fullPath, out var text) ? text : null;

        /// <summary>The entry of <paramref name="parent"/> that leads to <paramref name="path"/> (the file, or the folder holding it), or null.</summary>
        private static string? ChildOf(string parent, string path)
        {
            var prefix = parent == "/" ? "/" : parent + "/";
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || path.Length == prefix.Length)
            {
                return null;
            }

            var next = path.IndexOf('/', prefix.Length);
            return next < 0 ? path : path.Substring(0, next);
        }

        private HashSet<string> Folders()
        {
            if (folders == null)
            {
                folders = new HashSet<string>(StringComparer.Ordinal);
                foreach (var path in files.Keys)
                {
                    for (var slash = path.LastIndexOf('/'); slash >= 0; slash = path.LastIndexOf('/', slash - 1))
                    {
                        folders.Add(slash == 0 ? "/" : path.Substring(0, slash));
                        if (slash == 0)
                        {
                            break;
                        }
                    }
                }
            }

            return folders;
        }

        private static string Trim(string folder) => folder.Length > 1 ? folder.TrimEnd('/') : folder;
    }
}
