using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Mcred.Cli.Output;
using Mcred.Diagnostics;
using Mcred.Workspace;
using Mcred.Tooling.Baselines;

namespace Mcred.Cli.Baselines
{
    /// <summary><c>--baseline FILE [--update-baseline]</c>: write the baseline if asked, then report only what it does not cover.</summary>
    internal static class BaselineStep
    {
        public static IReadOnlyList<McredDiagnostic> Apply(CliContext context, CheckResult result, string baseline, bool update, IEnumerable<string> inputs)
        {
            var full = context.FullPath(baseline);
            OutputTarget.RefusePlanFile(full, inputs, "--baseline", baseline, "checked", "keep the baseline in a .json file");

            var keys = new BaselineKeys(result, full);
            var shown = result.Diagnostics.Where(d => d.Severity >= McredSeverity.Suggestion).ToList();
            if (update)
            {
                AtomicFile.Write(full, Baseline.Serialize(shown, keys), new UTF8Encoding(false), baseline);
                var recorded = shown.Count(d => keys.For(d) != null);
                context.Error.WriteLine($"mcred: {baseline}: recorded {recorded} finding{(recorded == 1 ? string.Empty : "s")}");
            }

            var (kept, gone) = Baseline.Load(full, baseline).Filter(shown, keys);
            if (gone > 0)
            {
                context.Error.WriteLine($"mcred: {gone} baselined finding{(gone == 1 ? " is" : "s are")} fixed; run with --update-baseline to drop {(gone == 1 ? "it" : "them")} from {baseline}");
            }

            return kept;
        }
    }
}
