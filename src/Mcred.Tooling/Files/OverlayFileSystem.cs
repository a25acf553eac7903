using System;
using System.Collections.Generic;
using System.IO;
using Mcred.Files;

namespace Mcred.Tooling.Files
{
    /// <summary>
    /// Open editor buffers over another file system (the disk): a buffer's text wins over the file it shadows, and a
    /// buffer never saved is a file too. The language server reads configuration and <c>.mcredignore</c> through it, so
    /// an unsaved edit to an <c>.editorconfig</c> applies as it is typed.
    /// </summary>
    internal sealed class OverlayFileSystem : IPlanFileSystem
    {
        private readonly IPlanFileSystem under;
        private readonly Dictionary<string, string> buffers = new Dictionary<string, string>(StringComparer.Ordinal);

        public OverlayFileSystem(IPlanFileSystem under) => this.under = under;

        public void SetBuffer(string fullPath, string text) => buffers[fullPath] = text;

        /// <summary>The buffer was closed: the file below applies again.</summary>
        public bool RemoveBuffer(string fullPath) => buffers.Remove(fullPath);

        public bool FileExists(string fullPath) => buffers.ContainsKey(fullPath) || under.FileExists(fullPath);

        public bool FolderExists(string fullPath)
        {
            if (under.FolderExists(fullPath))
            {
                return true;
            }

            foreach (var path in buffers.Keys)
            {
                if (Mcred.Files.PathText.IsUnder(fullPath, path))
                {
                    return true;
                }
            }

            return false;
        }

        public IReadOnlyList<string> Entries(string folder)
        {
            var entries = new SortedSet<string>(under.FolderExists(folder) ? under.Entries(folder) : Array.Empty<string>(), StringComparer.Ordinal);
            foreach (var path in buffers.Keys)
            {
                if (string.Equals(Path.GetDirectoryName(path), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
                {
                    entries.Add(path);
                }
            }

            return new List<string>(entries);
        }

        public FileFacts? Facts(string fullPath) => buffers.ContainsKey(fullPath) ? null : under.Facts(fullPath);

        public string FolderIdentity(string folder) => under.FolderExists(folder) ? under.FolderIdentity(folder) : folder;

        public string Read(string fullPath, out bool hasBom)
        {
            if (buffers.TryGetValue(fullPath, out var text))
            {
                hasBom = false;
                return text;
            }

            return under.Read(fullPath, out hasBom);
        }

        public string? ReadIfPresent(string fullPath) => buffers.TryGetValue(fullPath, out var text) ? text : under.ReadIfPresent(fullPath);
    }
}
