using System;
using System.Collections.Generic;
using System.Linq;
using System.CommandLine;
using Mcred.Cli.Output;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Workspace;
using Mcred.Tooling.Files;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred check [PATH...]</c>: parse, bind, run the rules, print the diagnostics.</summary>
    internal static class CheckCommand
    {
        private static readonly string[] Formats = { "text", "pretty", "json", "sarif", "github" };

        /// <summary>One formatter per format; SARIF lists the rules of the registry in use (custom ones included).</summary>
        private static IReportFormatter FormatterFor(string format, RuleRegistry registry)
        {
            switch (format)
            {
                case "json": return new JsonFormatter();
                case "sarif": return new SarifFormatter(registry);
                case "github": return new GitHubFormatter();
                case "pretty": return new PrettyFormatter();
                default: return new TextFormatter();
            }
        }

        public static Command Create(CliContext context, Func<ParseResult, RuleRegistry> registry, Option<string[]> rules)
        {
            var paths = CommonOptions.Paths("Files or folders to check (folders recursively, .mcred files only).");
            var format = new Option<string>("--format", "-f")
            {
                Description = "Output format: " + string.Join(", ", Formats) + ". Default: pretty on a terminal, text (the one-line MSBuild form) otherwise.",
            };
            format.AcceptOnlyFromAmong(Formats);
            var output = CommonOptions.Output();
            var failOn = new Option<string>("--fail-on")
            {
                Description = "Exit 1 when a diagnostic is at or above this severity: error, warning, suggestion or none.",
                DefaultValueFactory = _ => "error",
            };
            failOn.AcceptOnlyFromAmong("error", "warning", "suggestion", "none");
            var fix = new Option<bool>("--fix")
            {
                Description = "Apply the safe fixes (those whose outcome is certain: an unused suppression removed, curly quotes straightened, a list joined onto one line), then report what is left.",
            };
            var exclude = CommonOptions.Exclude();
            var baseline = new Option<string?>("--baseline")
            {
                Description = "Report only findings this baseline file does not already record (compiler errors are always reported).",
            };
            var updateBaseline = new Option<bool>("--update-baseline")
            {
                Description = "Write the current findings to the --baseline file (dropping ones that are fixed).",
            };
            var filesFrom = new Option<string?>("--files-from")
            {
                Description = "Report only diagnostics in the files listed in this file, one path per line ('-' reads standard input); the whole workspace is still checked.",
            };
            var watch = new Option<bool>("--watch", "-w")
            {
                Description = "Check again whenever a .mcred or configuration file under the paths changes, until Ctrl+C.",
            };

            var command = new Command("check", "Check .mcred files: syntax, references, values and design rules.")
            {
                paths, format, output, failOn, fix, exclude, baseline, updateBaseline, filesFrom, watch, rules,
            }.With(
                "mcred check",
                "mcred check plans/ --format sarif --output mcred.sarif",
                "mcred check examples --fail-on warning",
                "mcred check plans/ --rules build/OurRules.dll",
                "mcred check --fix",
                "mcred check --baseline mcred-baseline.json --update-baseline",
                "git diff --name-only main | mcred check --files-from - --format github",
                "mcred check plans/ --watch");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, new CheckSettings(
                result.GetValue(paths)!,
                result.GetValue(format) ?? DefaultFormat(context, result.GetValue(output)),
                result.GetValue(output),
                result.GetValue(failOn)!,
                registry(result),
                result.GetValue(fix),
                result.GetValue(exclude),
                result.GetValue(baseline),
                result.GetValue(updateBaseline),
                result.GetValue(filesFrom),
                result.GetValue(watch)))));
            return command;
        }

        /// <summary>A person at a terminal gets the pretty form; a pipe, a file or a CI log gets the one-line form.</summary>
        private static string DefaultFormat(CliContext context, string? output) => output == null && context.OutputIsTerminal ? "pretty" : "text";

        public static int Run(CliContext context, string[] paths, string format, string? output, string failOn, RuleRegistry registry) =>
            Run(context, new CheckSettings(paths, format, output, failOn, registry));

        public static int Run(CliContext context, CheckSettings settings)
        {
            if (settings.UpdateBaseline && settings.Baseline == null)
            {
                throw new CliException("--update-baseline needs --baseline FILE (where to write it)");
            }

            return settings.Watch ? CheckWatcher.Run(context, settings) : Once(context, settings, null);
        }

        /// <summary>One check and its report; <paramref name="parse"/> lets a watch reuse unchanged parses.</summary>
        internal static int Once(CliContext context, CheckSettings settings, System.Func<McredSource, Mcred.Syntax.SyntaxFile>? parse)
        {
            CheckResult Check() => WorkspaceDiscovery.Check(DiskFileSystem.Instance, settings.Paths, context.CurrentDirectory, settings.Excludes, context.Now, settings.Registry, parse);
            var result = Check();
            if (settings.Fix)
            {
                result = SafeFixes.Apply(context, result, Check);
            }

            var sources = new Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText>(StringComparer.Ordinal);
            foreach (var file in result.Files)
            {
                sources[file.Path] = file.Text;
            }

            if (settings.Output != null)
            {
                OutputTarget.RefusePlanFile(context.FullPath(settings.Output), sources.Keys, "--output", settings.Output, "checked", "write the report somewhere else", settings.Baseline == null ? Array.Empty<string>() : new[] { context.FullPath(settings.Baseline) });
            }

            IReadOnlyList<McredDiagnostic> diagnostics = result.Diagnostics;
            if (settings.Baseline != null)
            {
                diagnostics = Baselines.BaselineStep.Apply(context, result, settings.Baseline, settings.UpdateBaseline, sources.Keys);
            }

            if (settings.FilesFrom != null)
            {
                var listed = Input.FilesFrom.Read(context, settings.FilesFrom);
                diagnostics = diagnostics.Where(d => listed.Contains(d.Location.Path)).ToList();
            }

            var report = new CheckReport(diagnostics, result.Files.Count, context, sources, new DeclarationIndex(result.Files));
            var color = settings.Output == null && context.UseColor;
            CommonOptions.Emit(context, settings.Output, FormatterFor(settings.Format, settings.Registry).Format(report, color));
            return Fails(report, settings.FailOn) ? ExitCodes.Failed : ExitCodes.Success;
        }

        private static bool Fails(CheckReport report, string failOn)
        {
            McredSeverityText.TryParse(failOn, out var threshold);
            if (threshold == null || threshold == McredSeverity.None)
            {
                return false;
            }

            foreach (var d in report.Diagnostics)
            {
                if (d.Severity >= threshold)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
