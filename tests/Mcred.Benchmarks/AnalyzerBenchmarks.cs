using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Mcred.TestSupport;
using Mcred.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// The analyzer on a workspace of 1,000 files: a full analysis (every text new) against the re-analysis after one
    /// file is edited (one new text, 999 unchanged; the edit rewrites a skill's why statement).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(BenchmarkConfig))]
    public class AnalyzerBenchmarks
    {
        private string[] _texts = System.Array.Empty<string>();
        private AdditionalText[] _files = System.Array.Empty<AdditionalText>();
        private int _edit;

        [GlobalSetup]
        public void Setup()
        {
            _texts = ThousandFiles.Texts();
            _files = _texts.Select((t, i) => (AdditionalText)new InMemoryAdditionalText($"/plans/p{i:D4}.mcred", t)).ToArray();
            Analyze(_files);
        }

        [Benchmark(Baseline = true, Description = "analyzer: full analysis, 1,000 files")]
        public int Full() => Analyze(_texts.Select((t, i) => (AdditionalText)new InMemoryAdditionalText($"/plans/p{i:D4}.mcred", t)).ToArray());

        [Benchmark(Description = "analyzer: after editing 1 of 1,000 files")]
        public int EditOne()
        {
            var files = (AdditionalText[])_files.Clone();
            var i = Interlocked.Increment(ref _edit) % files.Length;
            // Rewrite the why statement of the file's first skill: an edit that changes what a skill says.
            var at = _texts[i].IndexOf("why \"", System.StringComparison.Ordinal) + 5;
            files[i] = new InMemoryAdditionalText(files[i].Path, _texts[i].Substring(0, at) + $"Revised ({_edit}): " + _texts[i].Substring(at));
            _files = files;
            return Analyze(files);
        }

        private static int Analyze(AdditionalText[] files) =>
            CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new McredAnalyzer()), new AnalyzerOptions(ImmutableArray.Create(files)))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }
}
