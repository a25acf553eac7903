using System.CommandLine;
using Mcred.Cli.Export;
using Mcred.Tooling.Report;

namespace Mcred.Cli.Commands
{
    /// <summary>
    /// <c>mcred coverage [PATH...]</c>: for each credential and pathway that prepares for an occupation, how many of the
    /// occupation's essential skills it covers, the percentage, and every missing skill; <c>--format json</c> for scripts.
    /// </summary>
    internal static class CoverageCommand
    {
        public static Command Create(CliContext context)
        {
            var paths = CommonOptions.Paths("The plan's files or folders.");
            var format = new Option<string>("--format", "-f") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var output = CommonOptions.Output();
            var exclude = CommonOptions.Exclude();
            var command = new Command("coverage", "For each credential and pathway that prepares for an occupation: essential skills covered, the percentage, and the missing ones.") { paths, format, output, exclude }
                .With("mcred coverage plans", "mcred coverage plans --format json");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(output), result.GetValue(exclude))));
            return command;
        }

        private static int Run(CliContext context, string[] paths, string format, string? output, string[]? excludes)
        {
            var plan = ExportedPlan.Load(context, paths, excludes);
            if (output != null)
            {
                Output.OutputTarget.RefusePlanFile(context.FullPath(output), System.Linq.Enumerable.Select(plan.Files, f => f.Path), "--output", output, "plan's", "write the coverage somewhere else");
            }

            CommonOptions.Emit(context, output, format == "json" ? CoverageTable.Json(plan) : CoverageTable.Text(plan));
            return ExitCodes.Success;
        }
    }
}
