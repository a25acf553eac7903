using Mcred.Diagnostics;
using System;
using System.CommandLine;
using System.Linq;
using Mcred.Binding;
using Mcred.Rules;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred explain ID</c>: the rule's docs page (why, bad and good example, options, how to configure).</summary>
    internal static class ExplainCommand
    {
        public static Command Create(CliContext context)
        {
            var id = new Argument<string>("ID") { Description = "A diagnostic ID (MCR1003) or rule name (missing-soft-skill)." };
            var command = new Command("explain", "Show a rule's documentation: why it exists, a bad and a good example, its options.") { id }
                .With("mcred explain MCR1003", "mcred explain overlong-why");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, result.GetValue(id)!)));
            return command;
        }

        public static int Run(CliContext context, string query)
        {
            var registry = RuleRegistry.Default;
            var info = registry.Find(query) ?? registry.All.FirstOrDefault(i => string.Equals(i.Name, query, StringComparison.OrdinalIgnoreCase));
            if (info == null)
            {
                var candidates = registry.All.Select(i => i.Id).Concat(registry.All.Select(i => i.Name));
                var near = Suggestions.Nearest(query.ToUpperInvariant().StartsWith("MCR", StringComparison.Ordinal) ? query.ToUpperInvariant() : query, candidates);
                var hint = near != null ? $"did you mean {near}? " : string.Empty;
                throw new CliException($"unknown rule '{query}': {hint}run 'mcred rules' to list them");
            }

            var page = Resources.RulePage(info.Id) ?? throw new CliException($"no documentation is bundled for {info.Id}");
            context.Output.Write(page);
            context.Output.WriteLine();
            context.Output.WriteLine("Online: " + info.HelpUri);
            return ExitCodes.Success;
        }
    }
}
