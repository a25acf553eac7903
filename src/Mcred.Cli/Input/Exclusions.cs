using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Mcred.Cli.Input
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

        private readonly string baseDirectory;
        private readonly Matcher? excludes;
        private readonly Dictionary<string, IgnoreFile?> ignoreFiles = new Dictionary<string, IgnoreFile?>(StringComparer.Ordinal);

        public Exclusions(IEnumerable<string> globs, string baseDirectory)
        {
            this.baseDirectory = baseDirectory;
            foreach (var glob in globs)
            {
                excludes ??= new Matcher(StringComparison.Ordinal);
                excludes.AddInclude(glob.Replace('\\', '/'));
            }
        }

        public bool IsExcluded(string fullPath)
        {
            if (excludes != null && excludes.Match(baseDirectory, fullPath).HasMatches)
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
                ignore = File.Exists(path) ? IgnoreFile.Read(path) : null;
                ignoreFiles[folder] = ignore;
            }

            return ignore;
        }
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

        public static IgnoreFile Read(string path)
        {
            var ignore = new IgnoreFile(Path.GetDirectoryName(path)!);
            string[] lines;
            try
            {
                lines = Mcred.Workspace.WorkspaceFiles.Read(path, out _).Split('\n');
            }
            catch (Mcred.Workspace.McredInputException e)
            {
                throw new CliException(e.Message);
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
