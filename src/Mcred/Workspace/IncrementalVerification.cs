using System;
using System.Collections.Generic;
using System.Text;
using Mcred.Diagnostics;

namespace Mcred.Workspace
{
    /// <summary>
    /// <c>MCRED_VERIFY_INCREMENTAL=1</c>: every incremental check also runs a full check and throws on any difference in
    /// what it reports, so an editor or a build session finds a stale verdict the moment it happens. CI runs the whole
    /// suite with it on; it doubles the cost of a check, so it is off for users.
    /// </summary>
    internal static class IncrementalVerification
    {
        public const string Switch = "MCRED_VERIFY_INCREMENTAL";

        /// <summary>Read on every check (cheap next to a check), so a process can turn it on without a restart.</summary>
        public static bool IsOn => Environment.GetEnvironmentVariable(Switch) == "1";

        /// <summary>Throws when the incremental result reports anything other than the full check does.</summary>
        public static void Verify(CheckResult incremental, CheckResult full)
        {
            if (Difference(incremental.Diagnostics, full.Diagnostics) is string difference)
            {
                throw new InvalidOperationException($"{Switch}: the incremental check differs from a full check: {difference}");
            }
        }

        /// <summary>The first difference between two diagnostic lists (all of each diagnostic a shell shows), or null.</summary>
        public static string? Difference(IReadOnlyList<McredDiagnostic> incremental, IReadOnlyList<McredDiagnostic> full)
        {
            var count = Math.Max(incremental.Count, full.Count);
            for (var i = 0; i < count; i++)
            {
                var a = i < incremental.Count ? Describe(incremental[i]) : "nothing";
                var b = i < full.Count ? Describe(full[i]) : "nothing";
                if (a != b)
                {
                    return $"diagnostic {i + 1} is '{a}' incrementally but '{b}' in a full check";
                }
            }

            return null;
        }

        private static string Describe(McredDiagnostic diagnostic)
        {
            var sb = new StringBuilder();
            sb.Append(diagnostic.Location.Path).Append(':').Append(diagnostic.Location.Span).Append(' ')
              .Append(diagnostic.Severity).Append(' ').Append(diagnostic.Id).Append(' ').Append(diagnostic.Message);
            foreach (var related in diagnostic.RelatedLocations)
            {
                sb.Append(" | ").Append(related.Path).Append(':').Append(related.Span);
            }

            foreach (var fix in diagnostic.Fixes)
            {
                sb.Append(" | fix ").Append(fix.Title);
            }

            return sb.ToString();
        }
    }
}
