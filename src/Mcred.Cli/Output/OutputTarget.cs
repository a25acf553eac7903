using System;
using System.Collections.Generic;
using System.IO;
using Mcred.Files;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// Where a command may write: never over a file the workspace reads — its plans, the <c>.editorconfig</c>,
    /// <c>.globalconfig</c> and <c>.mcredignore</c> files that apply to them, a baseline in use. Files are compared by
    /// identity (device and inode, every link resolved), so a path through a linked folder or a hard link to a plan is
    /// refused as the plan's own path is; where the platform cannot tell identities, by the fully resolved path.
    /// </summary>
    internal static class OutputTarget
    {
        private static readonly string[] SettingsNames = { ".editorconfig", ".globalconfig", Mcred.Tooling.Files.Exclusions.IgnoreFileName };

        /// <summary>
        /// Throws the one-line error <c>OPTION VALUE is the QUALIFIED file F, which mcred reads: ADVICE</c> when the target
        /// is a plan file, a configuration file of the plans, or one of <paramref name="alsoRead"/>.
        /// </summary>
        public static void RefusePlanFile(string fullPath, IEnumerable<string> planFiles, string option, string value, string qualified, string advice, params string[] alsoRead)
        {
            if (!File.Exists(fullPath))
            {
                return; // A new file replaces nothing.
            }

            var target = Identity(fullPath);
            var plans = new List<string>(planFiles);
            foreach (var plan in plans)
            {
                if (Identity(plan) == target)
                {
                    throw new CliException($"{option} {value} is one of the {qualified} files ({Shown(plan, fullPath)}): {advice}");
                }
            }

            foreach (var read in ReadAlongside(plans, alsoRead))
            {
                if (File.Exists(read) && Identity(read) == target)
                {
                    throw new CliException($"{option} {value} is {Shown(read, fullPath)}, which mcred reads for the {qualified} files: {advice}");
                }
            }
        }

        /// <summary>The configuration and exclusion files that may apply to the plans (in their folders and above), and the extra files.</summary>
        private static IEnumerable<string> ReadAlongside(List<string> plans, string[] alsoRead)
        {
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var plan in plans)
            {
                for (var folder = Path.GetDirectoryName(plan); folder != null && folders.Add(folder); folder = Path.GetDirectoryName(folder))
                {
                    foreach (var name in SettingsNames)
                    {
                        yield return Path.Combine(folder, name);
                    }
                }
            }

            foreach (var read in alsoRead)
            {
                yield return read;
            }
        }

        private static string Identity(string path) => FileFacts.Of(path)?.Identity ?? Resolve(path);

        /// <summary>The file as seen from the target's folder (where the user pointed): <c>../plan/skills.mcred</c>.</summary>
        private static string Shown(string path, string target) =>
            Path.GetRelativePath(Path.GetDirectoryName(target) ?? ".", path).Replace('\\', '/');

        private static string Resolve(string path)
        {
            try
            {
                return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            }
            catch (IOException)
            {
                return path;
            }
        }
    }
}
