using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Mcred.Configuration;
using Mcred.Syntax;
using Mcred.TestSupport;
using Mcred.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    /// <summary>
    /// The analyzer's caches, each test with a cache of its own whose parse and check calls are counted: editing one
    /// file re-parses that file only, an unchanged workspace is not checked again, projects keep their own entries, and
    /// a changed text is never answered from the cache.
    /// </summary>
    public class CacheTests
    {
        private int _parses;
        private int _checks;
        private CheckResult? _lastCheck;
        private readonly McredAnalyzer _analyzer;

        public CacheTests()
        {
            var cache = new WorkspaceCache(
                (path, text) => { Interlocked.Increment(ref _parses); return Parser.Parse(path, text); },
                (files, configuration, previous, cancellation) =>
                {
                    Interlocked.Increment(ref _checks);
                    return _lastCheck = McredChecker.CheckParsed(files, configuration, null, previous, cancellation);
                });
            _analyzer = new McredAnalyzer(cache, () => new DateTime(2026, 11, 28));
        }

        private Task<ImmutableArray<Diagnostic>> Analyze(IEnumerable<AdditionalText> files, string project = "plans") =>
            CSharpCompilation.Create(project)
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(_analyzer), new AnalyzerOptions(files.ToImmutableArray()))
                .GetAnalyzerDiagnosticsAsync();

        private static AdditionalText Plan(int i, string why = "x", string folder = "plans") =>
            new InMemoryAdditionalText($"/{folder}/p{i:D3}.mcred", $"skill s{i} {{\n  category c{i}\n  why \"{why}\"\n}}\ncategory c{i} {{ type soft }}\n");

        [Fact]
        public async Task Editing_one_file_of_many_reparses_only_that_file()
        {
            var files = Enumerable.Range(0, 50).Select(i => Plan(i)).ToImmutableArray();
            var first = await Analyze(files);
            Assert.Equal(50, first.Count(d => d.Id == "MCR1016"));
            Assert.Equal(50, _parses);

            var second = await Analyze(files.SetItem(7, Plan(7, "edited")));
            Assert.Equal(51, _parses);
            Assert.Equal(2, _checks);
            Assert.Equal(first.Length, second.Length);
        }

        [Fact]
        public async Task After_an_edit_the_rules_judge_again_only_what_it_can_affect_and_report_what_a_fresh_analysis_does()
        {
            var files = Enumerable.Range(0, 50).Select(i => Plan(i)).ToImmutableArray();
            await Analyze(files);
            var judgedInFull = _lastCheck!.Findings!.Judged;

            var edited = files.SetItem(7, Plan(7, "a why statement now long enough to say something"));
            var incremental = await Analyze(edited);
            Assert.InRange(_lastCheck!.Findings!.Judged, 1, judgedInFull / 10);

            var fresh = await CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new McredAnalyzer(new WorkspaceCache(Parser.Parse, (f, c, p, _) => McredChecker.CheckParsed(f, c)), () => new DateTime(2026, 11, 28))), new AnalyzerOptions(edited.ToImmutableArray()))
                .GetAnalyzerDiagnosticsAsync();
            Assert.Equal(Describe(fresh), Describe(incremental));
            Assert.DoesNotContain(incremental, d => d.Id == "MCR1019" && d.Location.GetLineSpan().Path == "/plans/p007.mcred");
        }

        [Fact]
        public async Task A_cancelled_analysis_stops_inside_the_check_and_the_next_one_reports_everything()
        {
            var files = Enumerable.Range(0, 20).Select(i => Plan(i)).ToImmutableArray();
            using var edit = new CancellationTokenSource();
            var stopped = 0;
            var cache = new WorkspaceCache(Parser.Parse, (parsed, configuration, previous, cancellation) =>
            {
                // A newer edit arrives while the workspace is being checked: the build's token is cancelled. The flag is
                // set at once; the callbacks Roslyn registered on the token run elsewhere, so none can throw in here.
                _ = edit.CancelAsync();
                try
                {
                    return McredChecker.CheckParsed(parsed, configuration, null, previous, cancellation);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref stopped);
                    throw;
                }
            });
            var analyzer = new McredAnalyzer(cache, () => new DateTime(2026, 11, 28));
            CompilationWithAnalyzers Session() => CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new AnalyzerOptions(files.ToImmutableArray<AdditionalText>()));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Session().GetAnalyzerDiagnosticsAsync(edit.Token));
            Assert.Equal(1, stopped);

            var next = await Session().GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Equal(20, next.Count(d => d.Id == "MCR1016"));
        }

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Select(d => $"{d.Location.GetLineSpan()} {d.Severity} {d.Id}: {d.GetMessage()}").OrderBy(s => s, StringComparer.Ordinal).ToArray();

        [Fact]
        public async Task An_unchanged_workspace_is_checked_once()
        {
            var files = Enumerable.Range(0, 10).Select(i => Plan(i)).ToImmutableArray();
            await Analyze(files);
            await Analyze(files);
            Assert.Equal(1, _checks);
            Assert.Equal(10, _parses);
        }

        [Fact]
        public async Task Two_projects_analysed_alternately_keep_their_own_cached_analysis()
        {
            var a = Enumerable.Range(0, 5).Select(i => Plan(i, folder: "a")).ToImmutableArray();
            var b = Enumerable.Range(0, 7).Select(i => Plan(i, folder: "b")).ToImmutableArray();
            for (var round = 0; round < 3; round++)
            {
                Assert.Equal(5, (await Analyze(a, "ProjectA")).Count(d => d.Id == "MCR1016"));
                Assert.Equal(7, (await Analyze(b, "ProjectB")).Count(d => d.Id == "MCR1016"));
            }

            Assert.Equal(2, _checks);
        }

        [Fact]
        public async Task A_changed_text_of_the_same_path_and_length_is_never_served_from_the_cache()
        {
            // Same path, same length, same everything but one character: only the SourceText instance differs.
            var before = new InMemoryAdditionalText("/plans/p.mcred", "skill s {\n  why \"a\"\n}\n");
            var after = new InMemoryAdditionalText("/plans/p.mcred", "skill s {\n  wha \"a\"\n}\n");
            Assert.DoesNotContain(await Analyze(new[] { before }), d => d.Id == "MCR0006");
            Assert.Contains(await Analyze(new[] { after }), d => d.Id == "MCR0006");
            Assert.Equal(2, _checks);
        }

        [Fact]
        public async Task A_changed_option_value_is_checked_again()
        {
            var files = new[] { Plan(1) };
            var defaults = await Analyze(files);
            var options = new AnalyzerOptions(files.ToImmutableArray(), new TestOptionsProvider("mcred_diagnostic.mcr1016.severity", "none"));
            var configured = await CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(_analyzer), options)
                .GetAnalyzerDiagnosticsAsync();
            Assert.Contains(defaults, d => d.Id == "MCR1016");
            Assert.DoesNotContain(configured, d => d.Id == "MCR1016");
        }

        [Fact]
        public async Task The_cache_is_bounded_to_its_most_recent_projects()
        {
            var files = new[] { Plan(1) };
            for (var p = 0; p <= WorkspaceCache.MaxProjects; p++)
            {
                await Analyze(files, "P" + p);
            }

            await Analyze(files, "P" + WorkspaceCache.MaxProjects);
            Assert.Equal(WorkspaceCache.MaxProjects + 1, _checks);
            await Analyze(files, "P0"); // the least recently used project was evicted
            Assert.Equal(WorkspaceCache.MaxProjects + 2, _checks);
        }

        private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly AnalyzerConfigOptions _options;

            public TestOptionsProvider(string key, string value) => _options = new Options(key, value);

            public override AnalyzerConfigOptions GlobalOptions => _options;
            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;
            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly string _key;
                private readonly string _value;

                public Options(string key, string value)
                {
                    _key = key;
                    _value = value;
                }

                public override IEnumerable<string> Keys => new[] { _key };

                public override bool TryGetValue(string key, out string value)
                {
                    value = key == _key ? _value : null!;
                    return key == _key;
                }
            }
        }
    }
}
