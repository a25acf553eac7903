using System;
using System.Collections.Generic;
using System.IO;
using Mcred.Files;
using Mcred.Workspace;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Mcred.Tooling.Files
{
    /// <summary>
    /// Which .mcred files a command leaves out: <c>--exclude GLOB</c> (relative to the current folder) and the
    /// <c>.mcredignore</c> files (gitignore syntax) in each file's folder and the folders above it, each pattern
    /// relative to its own file's folder. Matching is Microsoft.Extensions.FileSystemGlobbing's; gitignore lines are
    /// translated to its globs (see <see cref="IgnoreFile"/>).
    /// </summary>
    internal sealed class Exclusions
    {
        public const string IgnoreFileName = ".mcredignore";

        private readonly IPlanFileSystem fileSystem;
        private readonly GlobSet? excludes;
        private readonly Dictionary<string, IgnoreFile?> ignoreFiles = new Dictionary<string, IgnoreFile?>(StringComparer.Ordinal);

        public Exclusions(IReadOnlyCollection<string> globs, string baseDirectory)
            : this(DiskFileSystem.Instance, globs, baseDirectory)
        {
        }

        /// <summary>Exclusions whose <c>.mcredignore</c> files are read from <paramref name="fileSystem"/>.</summary>
        public Exclusions(IPlanFileSystem fileSystem, IReadOnlyCollection<string> globs, string baseDirectory)
        {
            this.fileSystem = fileSystem;
            // The globbing library is loaded only when there is something to match (start-up of a plain check).
            excludes = globs.Count == 0 ? null : new GlobSet(globs, baseDirectory);
        }

        public bool IsExcluded(string fullPath)
        {
            if (excludes != null && excludes.Matches(fullPath))
            {
                return true;
            }

            for (var folder = Path.GetDirectoryName(fullPath); folder != null; folder = Path.GetDirectoryName(folder))
            {
                if (IgnoreFileIn(folder) is IgnoreFile ignore && ignore.Ignores(fullPath))
                {
                    return true;
                }
            }

            return false;
        }

        private IgnoreFile? IgnoreFileIn(string folder)
        {
            if (!ignoreFiles.TryGetValue(folder, out var ignore))
            {
                var path = Path.Combine(folder, IgnoreFileName);
                ignore = fileSystem.FileExists(path) ? IgnoreFile.Read(fileSystem, path) : null;
                ignoreFiles[folder] = ignore;
            }

            return ignore;
        }
    }

    /// <summary>Globs relative to a folder (the <c>--exclude</c> values).</summary>
    internal sealed class GlobSet
    {
        private readonly Matcher matcher = new Matcher(StringComparison.Ordinal);
        private readonly string folder;

        public GlobSet(IEnumerable<string> globs, string folder)
        {
            this.folder = folder;
            foreach (var glob in globs)
            {
                matcher.AddInclude(glob.Replace('\\', '/'));
            }
        }

        public bool Matches(string fullPath) => matcher.Match(folder, fullPath).HasMatches;
    }

    /// <summary>
    /// One <c>.mcredignore</c>. Lines follow gitignore: <c>#</c> comments and blank lines are skipped; a pattern with no
    /// slash (other than a trailing one) matches at any depth; a leading or inner slash anchors it to this folder; a
    /// trailing slash means a folder and everything under it; <c>!</c> re-includes. Unlike git, a re-include wins
    /// wherever it stands in the file (the globbing library has no order), which the docs state.
    /// </summary>
    internal sealed class IgnoreFile
    {
        private readonly string folder;
        private readonly Matcher matcher = new Matcher(StringComparison.Ordinal);
        private bool any;

        private IgnoreFile(string folder) => this.folder = folder;

        public static IgnoreFile Read(IPlanFileSystem fileSystem, string path)
        {
            var ignore = new IgnoreFile(Path.GetDirectoryName(path)!);
            string[] lines;
            try
            {
                lines = fileSystem.Read(path, out _).Split('\n');
            }
            catch (Mcred.Workspace.McredInputException e)
            {
                throw new ToolingException(e.Message);
            }

            foreach (var raw in lines)
            {
                var line = raw.TrimEnd('\r', ' ', '\t');
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                var negated = line.StartsWith("!", StringComparison.Ordinal);
                foreach (var glob in Globs(negated ? line.Substring(1) : line))
                {
                    if (negated)
                    {
                        ignore.matcher.AddExclude(glob);
                    }
                    else
                    {
                        ignore.matcher.AddInclude(glob);
                        ignore.any = true;
                    }
                }
            }

            return ignore;
        }

        public bool Ignores(string fullPath) => any && matcher.Match(folder, fullPath).HasMatches;

        /// <summary>The globs a gitignore pattern stands for (itself, and everything under it when it names a folder).</summary>
        private static IEnumerable<string> Globs(string pattern)
        {
            var directoryOnly = pattern.EndsWith("/", StringComparison.Ordinal);
            var trimmed = pattern.Trim('/');
            if (trimmed.Length == 0)
            {
                yield break;
            }

            var anchored = pattern.StartsWith("/", StringComparison.Ordinal) || trimmed.Contains("/");
            var glob = anchored ? trimmed : "**/" + trimmed;
            if (!directoryOnly)
            {
                yield return glob;
            }

            yield return glob + "/**";
        }
    }
}
