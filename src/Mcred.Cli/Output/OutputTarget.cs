using System;
using System.Collections.Generic;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// Where a command may write: never over one of the plan's files (a report, baseline or export must not replace a
    /// plan), compared by full path and by the file a link points at.
    /// </summary>
    internal static class OutputTarget
    {
        /// <summary>Throws the one-line error <c>OPTION VALUE is one of the QUALIFIED files: ADVICE</c> when the target is a plan file.</summary>
        public static void RefusePlanFile(string fullPath, IEnumerable<string> planFiles, string option, string value, string qualified, string advice)
        {
            if (IsPlanFile(fullPath, planFiles))
            {
                throw new CliException($"{option} {value} is one of the {qualified} files: {advice}");
            }
        }

        private static bool IsPlanFile(string fullPath, IEnumerable<string> planFiles)
        {
            var target = Resolve(fullPath);
            foreach (var file in planFiles)
            {
                if (string.Equals(Resolve(file), target, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Resolve(string path)
        {
            try
            {
                return new System.IO.FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            }
            catch (System.IO.IOException)
            {
                return path;
            }
        }
    }
}
