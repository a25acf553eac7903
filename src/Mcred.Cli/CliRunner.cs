using System.Linq;
using System;
using System.CommandLine;
using Mcred.Cli.Commands;
using Mcred.Cli.Input;
using Mcred.Workspace;

namespace Mcred.Cli
{
    /// <summary>Builds the command tree and runs it; usage errors are exit 2, and no exception reaches the user as a stack trace.</summary>
    internal static class CliRunner
    {
        public static int Run(string[] args, CliContext context)
        {
            var rules = CommonOptions.Rules();
            Func<ParseResult, Mcred.Rules.RuleRegistry> registry = result => LoadRules(result.GetValue(rules) ?? Array.Empty<string>(), context);
            // Named "mcred" whatever the assembly or host process is called (dotnet run, the tool shim, tests).
            var lsp = LspCommand.Create(context);
            var root = new Command("mcred", "mcred: rules-as-code for micro-credential design. Checks, tests, formats and exports .mcred plans, and serves editors (lsp).")
            {
                CommandExamples.Option(),
                new VersionOption(),
                CheckCommand.Create(context, registry, rules),
                TestCommand.Create(context, registry, rules),
                RulesCommand.Create(context),
                ExplainCommand.Create(context),
                FmtCommand.Create(context),
                NewCommand.Create(context),
                ImportCommand.Create(context),
                lsp,
                Export.ExportCommand.Create(context),
                Report.ReportCommand.Create(context),
                CoverageCommand.Create(context),
            };

            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.CommandResult.Command == root && args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal))
            {
                // A mistyped command is one line that names the command meant (three lines of parser errors said less).
                var commands = root.Subcommands.Select(c => c.Name).ToList();
                var near = Mcred.Diagnostics.Suggestions.Nearest(args[0], commands);
                context.Error.WriteLine($"mcred: '{Mcred.Tooling.SafeText.Escape(args[0])}' is not a command" + (near != null ? $"; did you mean '{near}'?" : $"; the commands are {string.Join(", ", commands)}") + " (mcred --help)");
                return ExitCodes.UsageOrInput;
            }

            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    context.Error.WriteLine("mcred: " + error.Message);
                }

                context.Error.WriteLine("Run 'mcred --help' for usage.");
                return ExitCodes.UsageOrInput;
            }

            if (context.HandOff != null && (parse.CommandResult.Command == lsp || parse.GetValue(rules)?.Length > 0))
            {
                return context.HandOff(args);
            }

            return parse.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }

        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only the JIT build loads rules; the native build trims this branch (CodeLoading).")]
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only the JIT build loads rules; the native build trims this branch (CodeLoading).")]
        private static Mcred.Rules.RuleRegistry LoadRules(string[] paths, CliContext context)
        {
            if (paths.Length == 0)
            {
                return Mcred.Rules.RuleRegistry.Default;
            }

            // A build without code loading hands --rules off before any command runs (Run), so this is never reached there.
            return CodeLoading.IsSupported ? CustomRuleLoader.Load(paths, context) : throw new CliException("this build cannot load custom rules (--rules)");
        }

        /// <summary>Runs a command body: a <see cref="CliException"/> or the tooling's refusal becomes its one-line message and exit 2.</summary>
        public static int Guard(CliContext context, Func<int> body)
        {
            try
            {
                return body();
            }
            catch (CliException e)
            {
                context.Error.WriteLine("mcred: " + e.Message);
                return ExitCodes.UsageOrInput;
            }
            catch (Tooling.ToolingException e)
            {
                context.Error.WriteLine("mcred: " + e.Message);
                return ExitCodes.UsageOrInput;
            }
            catch (McredInputException e) when (e.IsNoFiles)
            {
                context.Error.WriteLine("mcred: " + e.Message);
                return ExitCodes.UsageOrInput;
            }
            catch (McredInputException e)
            {
                var path = System.IO.Path.IsPathRooted(e.Path) ? context.DisplayPath(e.Path) : e.Path;
                context.Error.WriteLine($"mcred: {path}: {e.Reason}");
                return ExitCodes.UsageOrInput;
            }
            catch (Export.PlanHasErrorsException e)
            {
                context.Error.WriteLine("mcred: " + e.Message);
                return ExitCodes.Failed;
            }
            catch (McredRuleException e)
            {
                var assembly = e.Rule.GetType().Assembly;
                var from = assembly == typeof(McredRuleException).Assembly ? string.Empty : $" (from {context.DisplayPath(RuleAssemblyPath(assembly))})";
                context.Error.WriteLine("mcred: " + e.Message.Replace("\n", " ") + from);
                return ExitCodes.UsageOrInput;
            }
        }

        // Custom rules are loaded from files, by path, only in the JIT build (CodeLoading), where Location is that path.
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Rule assemblies are loaded from files, in the JIT build only.")]
        private static string RuleAssemblyPath(System.Reflection.Assembly assembly) => assembly.Location;
    }
}
