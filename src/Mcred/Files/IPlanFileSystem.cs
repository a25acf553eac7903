using System.Collections.Generic;

namespace Mcred.Files
{
    /// <summary>
    /// Where a workspace's files come from: the disk for the CLI, open buffers over the disk for the language server,
    /// memory for the browser edition. Discovery (the walk, exclusions, configuration lookup) is written once over this,
    /// so every shell finds the same plans and the same options.
    /// </summary>
    internal interface IPlanFileSystem
    {
        bool FileExists(string fullPath);

        bool FolderExists(string fullPath);

        /// <summary>The full paths of a folder's entries; throws <see cref="System.IO.IOException"/> or
        /// <see cref="System.UnauthorizedAccessException"/> when the folder cannot be read.</summary>
        IReadOnlyList<string> Entries(string folder);

        /// <summary>The kernel's facts about a file (its type and identity), or null when there are none to tell: the
        /// file is then taken as a regular file known by its path.</summary>
        FileFacts? Facts(string fullPath);

        /// <summary>What names a folder whatever path reached it (so a link loop is walked once).</summary>
        string FolderIdentity(string folder);

        /// <summary>A plan's text as strict UTF-8; throws <see cref="Workspace.McredInputException"/> with a one-line reason.</summary>
        string Read(string fullPath, out bool hasBom);

        /// <summary>A configuration file's text, or null when it is absent, unreadable or not a regular file (the build
        /// would not see it either).</summary>
        string? ReadIfPresent(string fullPath);
    }
}
