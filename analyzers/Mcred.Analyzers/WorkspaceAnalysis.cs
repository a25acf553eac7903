using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mcred.Analyzers
{
    /// <summary>The checked .mcred workspace of one project, as Roslyn diagnostics grouped by file.</summary>
    internal sealed class WorkspaceAnalysis
    {
        private readonly Dictionary<string, List<Diagnostic>> _byPath;

        private WorkspaceAnalysis(Dictionary<string, List<Diagnostic>> byPath, ImmutableArray<Diagnostic> withoutLocation, CheckResult result)
        {
            _byPath = byPath;
            WithoutLocation = withoutLocation;
            Result = result;
        }

        /// <summary>The check this analysis reports: the next analysis of the project starts from it.</summary>
        public CheckResult Result { get; }

        /// <summary>Configuration problems the analyzer can see but not locate (it never reads config files itself).</summary>
        public ImmutableArray<Diagnostic> WithoutLocation { get; }

        public IReadOnlyList<Diagnostic> For(string path) =>
            _byPath.TryGetValue(path, out var list) ? list : (IReadOnlyList<Diagnostic>)Array.Empty<Diagnostic>();

        /// <summary>What the analysis of one compilation depends on: texts, each file's mcred options, global severities.</summary>
        public static WorkspaceInputs Inputs(IReadOnlyList<(AdditionalText File, Microsoft.CodeAnalysis.Text.SourceText Text)> files, IReadOnlyList<(string Path, Microsoft.CodeAnalysis.Text.SourceText Text)> configs, AnalyzerOptions options, Compilation compilation, DateTime today, CancellationToken cancellationToken)
        {
            var texts = new List<(string, Microsoft.CodeAnalysis.Text.SourceText)>(files.Count);
            var mcredOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (file, text) in files)
            {
                texts.Add((file.Path, text));
                mcredOptions[file.Path] = McredKeys(options.AnalyzerConfigOptionsProvider.GetOptions(file));
            }

            return new WorkspaceInputs(texts, mcredOptions, GlobalSeverities(compilation, cancellationToken), today) { Configs = configs };
        }

        /// <param name="previous">The project's last analysis when it had the same configuration: its configuration
        /// instance is reused, so the check may keep its verdicts.</param>
        public static WorkspaceAnalysis Create(WorkspaceInputs inputs, ParseCache parses, Func<IReadOnlyList<SyntaxFile>, McredConfiguration, CheckResult?, CancellationToken, CheckResult> check, WorkspaceAnalysis? previous, CancellationToken cancellation)
        {
            var parsed = new List<SyntaxFile>(inputs.Files.Count);
            var sources = new Dictionary<string, IOptionSource>(StringComparer.Ordinal);
            foreach (var (path, text) in inputs.Files)
            {
                cancellation.ThrowIfCancellationRequested();
                parsed.Add(parses.Get(path, text));
                sources[path] = new DictionaryOptionSource(inputs.Options[path]);
            }

            var severities = inputs.Severities;
            var configuration = previous?.Result.Configuration ?? (inputs.Configs.Count > 0 ? FromConfigFiles(inputs) : new McredConfiguration(
                path => sources.TryGetValue(path, out var source) ? source : EmptyOptionSource.Instance,
                inputs.Today,
                id => severities.TryGetValue(id, out var report) ? new SeverityOverride(SeverityMapping.FromReport(report)) : SeverityOverride.NotSet));
            var result = check(parsed, configuration, previous?.Result, cancellation);

            var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var d in result.Diagnostics)
            {
                if (!byPath.TryGetValue(d.Location.Path, out var list))
                {
                    list = new List<Diagnostic>();
                    byPath.Add(d.Location.Path, list);
                }

                list.Add(ToRoslyn(d, At(d.Location), System.Linq.Enumerable.Select(d.RelatedLocations, At)));
            }

            // Loaded from the config files, the check itself reports their problems on their lines.
            return new WorkspaceAnalysis(byPath, inputs.Configs.Count > 0 ? ImmutableArray<Diagnostic>.Empty : ConfigProblems(inputs), result);
        }

        /// <summary>The configuration as <c>mcred check</c> loads it, from the config files the build handed over.</summary>
        private static McredConfiguration FromConfigFiles(WorkspaceInputs inputs)
        {
            var plans = new List<string>(inputs.Files.Count);
            foreach (var (path, _) in inputs.Files)
            {
                plans.Add(path);
            }

            var configs = new List<ConfigFile>(inputs.Configs.Count);
            foreach (var (path, text) in inputs.Configs)
            {
                configs.Add(ConfigFile.FromText(path, text));
            }

            return ConfigurationLoader.Load(plans, configs, RuleRegistry.Default, inputs.Today);
        }

        /// <summary>The mcred keys of one file's options: the only ones the core reads.</summary>
        private static Dictionary<string, string> McredKeys(AnalyzerConfigOptions options)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in options.Keys)
            {
                if (key.StartsWith("mcred_", StringComparison.Ordinal) && options.TryGetValue(key, out var value))
                {
                    values[key] = value;
                }
            }

            return values;
        }

        /// <summary>The other places the message names (MCR0003's first declaration, MCR1017's earlier skill) go as additional locations.</summary>
        private static Diagnostic ToRoslyn(McredDiagnostic d, Location location, IEnumerable<Location>? related = null) =>
            Diagnostic.Create(Descriptors.ById[d.Id], location, SeverityMapping.ToRoslyn(d.Severity), related, null, System.Linq.Enumerable.ToArray<object>(d.MessageArguments));

        private static Location At(McredLocation location) => Location.Create(location.Path, location.Span, location.LineSpan);

        /// <summary>MCR0007 for mcred keys with bad values or no effect, as far as the options of the .mcred files show them.</summary>
        private static ImmutableArray<Diagnostic> ConfigProblems(WorkspaceInputs inputs)
        {
            var validator = new ConfigValidator(RuleRegistry.Default);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var problems = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var (path, _) in inputs.Files)
            {
                foreach (var pair in inputs.Options[path])
                {
                    if (seen.Add(pair.Key + "=" + pair.Value) && validator.Check(pair.Key, pair.Value, isGlobalFile: false, "the configuration") is ConfigProblem problem)
                    {
                        var info = CompilerDiagnostics.InvalidConfig;
                        problems.Add(ToRoslyn(new McredDiagnostic(info, problem.Severity, problem.Message, new McredLocation(path, default, default)), Location.None));
                    }
                }
            }

            return problems.ToImmutable();
        }

        /// <summary>The .globalconfig dotnet_diagnostic severities of mcred's IDs, as the compiler applies them.</summary>
        private static Dictionary<string, ReportDiagnostic> GlobalSeverities(Compilation compilation, CancellationToken cancellationToken)
        {
            var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider == null)
            {
                return severities;
            }

            foreach (var id in Descriptors.ById.Keys)
            {
                if (provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var report))
                {
                    severities[id] = report;
                }
            }

            return severities;
        }
    }
}
