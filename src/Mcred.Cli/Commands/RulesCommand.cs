using System.CommandLine;
using System.Linq;
using System.Text;
using Mcred.Diagnostics;
using Mcred.Rules;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred rules</c>: every diagnostic with its ID, name, default severity and summary.</summary>
    internal static class RulesCommand
    {
        public static Command Create(CliContext context)
        {
            var command = new Command("rules", "List every diagnostic: ID, name, default severity and summary.").With("mcred rules");
            command.SetAction(_ => CliRunner.Guard(context, () =>
            {
                context.Output.Write(Table(RuleRegistry.Default));
                return ExitCodes.Success;
            }));
            return command;
        }

        public static string Table(RuleRegistry registry)
        {
            var rows = registry.All.Select(i => (i.Id, i.Name, Severity: SeverityText(i), i.Summary)).ToList();
            var nameWidth = rows.Max(r => r.Name.Length);
            var severityWidth = rows.Max(r => r.Severity.Length);
            var sb = new StringBuilder();
            sb.Append("ID".PadRight(9)).Append("NAME".PadRight(nameWidth + 2)).Append("DEFAULT".PadRight(severityWidth + 2)).Append("SUMMARY\n");
            foreach (var row in rows)
            {
                sb.Append(row.Id.PadRight(9)).Append(row.Name.PadRight(nameWidth + 2)).Append(row.Severity.PadRight(severityWidth + 2)).Append(row.Summary).Append('\n');
            }

            return sb.ToString();
        }

        private static string SeverityText(DiagnosticInfo info) => info.Id == "MCR0007" ? "error/warning" : info.DefaultSeverity.ToText();
    }
}
