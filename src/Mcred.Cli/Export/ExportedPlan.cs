using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Cli.Output;
using Mcred.Tooling.Files;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Workspace;

namespace Mcred.Cli.Export
{
    /// <summary>
    /// The plan an export or report works from: checked like <c>mcred check</c>; a plan with errors is refused (exit 1)
    /// with the errors printed as <c>check</c> prints them, and nothing is written.
    /// </summary>
    internal static class ExportedPlan
    {
        public static CheckResult Load(CliContext context, string[] paths, string[]? excludes)
        {
            var result = WorkspaceDiscovery.Check(DiskFileSystem.Instance, paths, context.CurrentDirectory, excludes, context.Today);
            var errors = result.Diagnostics.Where(d => d.Severity == McredSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                var sources = result.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
                var report = new CheckReport(errors, result.Files.Count, context, sources);
                context.Output.Write(new TextFormatter().Format(report, color: false));
                throw new PlanHasErrorsException(errors.Count);
            }

            return result;
        }
    }

    /// <summary>The plan does not compile: the command exits 1 after printing the errors.</summary>
    internal sealed class PlanHasErrorsException : Exception
    {
        public PlanHasErrorsException(int count)
            : base(Tooling.Export.PlanErrors.Refusal(count))
        {
        }
    }
}
