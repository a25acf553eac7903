using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text;
using Mcred.Cli.Export;
using Mcred.Cli.Output;
using Mcred.Model;
using Mcred.Tooling;

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
            var rows = Coverage.All(plan.Model).Select(c => new Row(c.Declaration, c.Occupation, c.Coverage, Threshold(plan, c.Declaration))).ToList();

            CommonOptions.Emit(context, output, format == "json" ? Json(rows, Coverage.SkillNames(plan.Model)) : Text(rows));
            return ExitCodes.Success;
        }

        /// <summary>The declaration file's <c>mcred_min_essential_coverage</c>, as MCR1022 reads it.</summary>
        private static int Threshold(Workspace.CheckResult plan, McredDeclaration declaration) =>
            plan.Configuration.RuleOptionsFor(declaration.File.Path).MinEssentialCoverageValue;

        private sealed record Row(McredDeclaration Declaration, Occupation Occupation, Coverage Coverage, int Threshold)
        {
            public bool Below => Coverage.IsBelow(Threshold);
        }

        private static string Text(List<Row> rows)
        {
            if (rows.Count == 0)
            {
                return "no credential or pathway prepares for an occupation (add 'prepares-for OCCUPATION-ID')\n";
            }

            var sb = new StringBuilder();
            var width = rows.Max(r => r.Declaration.Display.Length);
            var occupationWidth = rows.Max(r => r.Occupation.Display.Length);
            sb.Append("DECLARATION".PadRight(width + 2)).Append("PREPARES FOR".PadRight(occupationWidth + 2)).Append("ESSENTIAL COVERED\n");
            foreach (var row in rows)
            {
                var coverage = row.Coverage;
                sb.Append(row.Declaration.Display.PadRight(width + 2)).Append(row.Occupation.Display.PadRight(occupationWidth + 2))
                  .Append($"{coverage.Covered} of {coverage.Essential} ({coverage.Percent}%)");
                if (row.Below)
                {
                    sb.Append($", below {row.Threshold}%");
                }

                sb.Append('\n');
                if (coverage.Missing.Count > 0)
                {
                    sb.Append("  missing: ").Append(string.Join(", ", coverage.Missing)).Append('\n');
                }
            }

            return sb.ToString();
        }

        private static string Json(List<Row> rows, IReadOnlyDictionary<string, string> names)
        {
            return JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("version", 1);
                json.WriteStartArray("coverage");
                foreach (var row in rows)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", row.Declaration.Kind.ToString().ToLowerInvariant());
                    json.WriteString("id", row.Declaration.Id);
                    json.WriteString("name", row.Declaration.Name);
                    json.WriteString("occupation", row.Occupation.Id);
                    json.WriteString("occupationName", row.Occupation.Name);
                    json.WriteNumber("covered", row.Coverage.Covered);
                    json.WriteNumber("essential", row.Coverage.Essential);
                    json.WriteNumber("percent", row.Coverage.Percent);
                    json.WriteNumber("threshold", row.Threshold);
                    json.WriteBoolean("below", row.Below);
                    json.WriteStartArray("missing");
                    foreach (var id in row.Coverage.Missing)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", id);
                        json.WriteString("name", names.TryGetValue(id, out var name) ? name : id);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
    }
}
