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
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Analyzers
{
    /// <summary>The bound .mcred workspace of one compilation, as Roslyn diagnostics grouped by file.</summary>
    internal sealed class WorkspaceAnalysis
    {
        private static readonly object Gate = new object();
        private static (string Key, WorkspaceAnalysis Analysis)? _last;
        private static int _bindCount;

        private readonly Dictionary<string, List<Diagnostic>> _byPath;

        private WorkspaceAnalysis(Dictionary<string, List<Diagnostic>> byPath, ImmutableArray<Diagnostic> withoutLocation)
        {
            _byPath = byPath;
            WithoutLocation = withoutLocation;
        }

        /// <summary>How many times a workspace was bound rather than reused (for tests of the cache).</summary>
        public static int BindCount => Volatile.Read(ref _bindCount);

        /// <summary>Configuration problems the analyzer can see but not locate (it never reads config files itself).</summary>
        public ImmutableArray<Diagnostic> WithoutLocation { get; }

        public IReadOnlyList<Diagnostic> For(string path) =>
            _byPath.TryGetValue(path, out var list) ? list : (IReadOnlyList<Diagnostic>)Array.Empty<Diagnostic>();

        /// <summary>Binds the workspace, or reuses the last result when the texts and options are the same objects and values.</summary>
        public static WorkspaceAnalysis Get(IReadOnlyList<(AdditionalText File, SourceText Text)> files, AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
        {
            var severities = GlobalSeverities(compilation, cancellationToken);
            var mcredOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (file, _) in files)
            {
                mcredOptions[file.Path] = McredKeys(options.AnalyzerConfigOptionsProvider.GetOptions(file));
            }

            var key = CacheKey(files, mcredOptions, severities);
            lock (Gate)
            {
                if (_last is { } last && last.Key == key)
                {
                    return last.Analysis;
                }
            }

            var analysis = Bind(files, mcredOptions, severities);
            lock (Gate)
            {
                _last = (key, analysis);
            }

            return analysis;
        }

        private static WorkspaceAnalysis Bind(IReadOnlyList<(AdditionalText File, SourceText Text)> files, Dictionary<string, Dictionary<string, string>> mcredOptions, Dictionary<string, ReportDiagnostic> severities)
        {
            Interlocked.Increment(ref _bindCount);
            var parsed = new List<SyntaxFile>(files.Count);
            var sources = new Dictionary<string, IOptionSource>(StringComparer.Ordinal);
            foreach (var (file, text) in files)
            {
                parsed.Add(ParseCache.Get(file.Path, text));
                sources[file.Path] = new DictionaryOptionSource(mcredOptions[file.Path]);
            }

            var configuration = new McredConfiguration(
                path => sources.TryGetValue(path, out var source) ? source : EmptyOptionSource.Instance,
                DateTime.Today,
                id => severities.TryGetValue(id, out var report) ? new SeverityOverride(SeverityMapping.FromReport(report)) : SeverityOverride.NotSet);
            var result = McredChecker.Check(parsed, configuration);

            var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var d in result.Diagnostics)
            {
                if (!byPath.TryGetValue(d.Location.Path, out var list))
                {
                    list = new List<Diagnostic>();
                    byPath.Add(d.Location.Path, list);
                }

                list.Add(ToRoslyn(d, Location.Create(d.Location.Path, d.Location.Span, d.Location.LineSpan)));
            }

            return new WorkspaceAnalysis(byPath, ConfigProblems(files, mcredOptions));
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

        private static Diagnostic ToRoslyn(McredDiagnostic d, Location location) =>
            Diagnostic.Create(Descriptors.ById[d.Id], location, SeverityMapping.ToRoslyn(d.Severity), null, null, d.Message);

        /// <summary>MCR0007 for mcred keys with bad values or no effect, as far as the options of the .mcred files show them.</summary>
        private static ImmutableArray<Diagnostic> ConfigProblems(IReadOnlyList<(AdditionalText File, SourceText Text)> files, Dictionary<string, Dictionary<string, string>> mcredOptions)
        {
            var validator = new ConfigValidator(RuleRegistry.Default);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var problems = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var (file, _) in files)
            {
                foreach (var pair in mcredOptions[file.Path])
                {
                    if (seen.Add(pair.Key + "=" + pair.Value) && validator.Check(pair.Key, pair.Value, isGlobalFile: false, "the configuration") is ConfigProblem problem)
                    {
                        var info = CompilerDiagnostics.InvalidConfig;
                        problems.Add(ToRoslyn(new McredDiagnostic(info, problem.Severity, problem.Message, new McredLocation(file.Path, default, default)), Location.None));
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

        /// <summary>Identity of the texts (the same SourceText objects) plus every option value the check reads.</summary>
        private static string CacheKey(IReadOnlyList<(AdditionalText File, SourceText Text)> files, Dictionary<string, Dictionary<string, string>> mcredOptions, Dictionary<string, ReportDiagnostic> severities)
        {
            var key = new System.Text.StringBuilder();
            foreach (var (file, text) in files)
            {
                key.Append(file.Path).Append('|').Append(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(text)).Append('|').Append(text.Length).Append('\n');
                foreach (var pair in mcredOptions[file.Path])
                {
                    key.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
                }
            }

            foreach (var pair in severities)
            {
                key.Append(pair.Key).Append(':').Append(pair.Value).Append('\n');
            }

            key.Append(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return key.ToString();
        }
    }
}
