using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Cli.Commands;
using Mcred.Cli.Export;
using Mcred.Cli.Output;
using Mcred.Tooling.Report;

namespace Mcred.Cli.Report
{
    /// <summary><c>mcred report [PATH...] --output FILE.html</c>: the plan as one self-contained HTML page.</summary>
    internal static class ReportCommand
    {
        public static Command Create(CliContext context)
        {
            var paths = CommonOptions.Paths("The plan's files or folders.");
            var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", Required = true };
            var title = new Option<string>("--title") { Description = "The page's title.", DefaultValueFactory = _ => "Micro-credential plan" };
            var exclude = CommonOptions.Exclude();
            var command = new Command("report", "Write the plan as one self-contained HTML page for the people who do not read .mcred.") { paths, output, title, exclude }
                .With("mcred report plans --output plan.html", "mcred report plans --output plan.html --title \"Northwind analytics credentials\"");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(title)!, result.GetValue(exclude))));
            return command;
        }

        private static int Run(CliContext context, string[] paths, string output, string title, string[]? excludes)
        {
            var file = context.FullPath(output);
            if (Directory.Exists(file))
            {
                throw new CliException($"--output {output} is a folder: name the HTML file to write");
            }

            var plan = ExportedPlan.Load(context, paths, excludes);
            OutputTarget.RefusePlanFile(file, plan.Files.Select(f => f.Path), "--output", output, "plan's", "write the report somewhere else");

            var page = new PlanReport(plan, context.Today, context.DisplayPath).Render(title);
            AtomicFile.Write(file, page, new UTF8Encoding(false), context.DisplayPath(file));
            context.Output.WriteLine($"wrote the report of {plan.Model.Credentials.Count} credentials to {context.DisplayPath(file)}");
            return ExitCodes.Success;
        }
    }
}
