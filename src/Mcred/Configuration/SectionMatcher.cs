using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Mcred.Configuration
{
    /// <summary>
    /// Answers "does this section apply to any checked .mcred file?" with Roslyn's own globbing: a one-section probe
    /// config at the same path, asked for each file in scope until one matches.
    /// </summary>
    internal static class SectionMatcher
    {
        private const string ProbeKey = "mcred_section_probe";

        public static bool AppliesToAny(ConfigFile file, string sectionName, IReadOnlyList<string> mcredFiles)
        {
            var probe = AnalyzerConfig.Parse("[" + sectionName + "]\n" + ProbeKey + " = 1\n", file.Path);
            var set = AnalyzerConfigSet.Create(new[] { probe });
            foreach (var path in mcredFiles)
            {
                if ((file.IsGlobal || file.Covers(path)) && set.GetOptionsForSourcePath(path).AnalyzerOptions.ContainsKey(ProbeKey))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
