using Mcred.Files;
using System;
using System.Collections.Generic;

namespace Mcred.Workspace
{
    /// <summary>
    /// The .mcred files a walk found, each file once: two paths to one file (a link, or a folder reached twice) count
    /// once, under the path found first, so a plan is never merged with itself into false duplicates.
    /// </summary>
    internal sealed class FoundFiles
    {
        private readonly HashSet<string> paths = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> identities = new HashSet<string>(StringComparer.Ordinal);

        private readonly IPlanFileSystem fileSystem;
        private readonly Func<string, bool>? isExcluded;

        public FoundFiles(IPlanFileSystem fileSystem, Func<string, bool>? isExcluded)
        {
            this.fileSystem = fileSystem;
            this.isExcluded = isExcluded;
        }

        /// <summary>How many paths were offered and not excluded, including ones that named a file already found.</summary>
        public int Offered { get; private set; }

        public List<string> Paths => new List<string>(paths);

        /// <summary>Adds a file, refusing one that is not a regular file (a named pipe, a device).</summary>
        public void Add(string fullPath, string shownAs)
        {
            if (isExcluded != null && isExcluded(fullPath))
            {
                return;
            }

            Offered++;
            if (paths.Contains(fullPath))
            {
                return;
            }

            var facts = WorkspaceFiles.RequireRegular(fileSystem.Facts(fullPath), shownAs);

            if (facts == null || identities.Add(facts.Identity))
            {
                paths.Add(fullPath);
            }
        }
    }
}
