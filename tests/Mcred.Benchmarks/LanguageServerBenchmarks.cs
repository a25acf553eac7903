using System;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Mcred.Configuration;
using Mcred.LanguageServer;
using Mcred.Workspace;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// The language server on the 32,000-skill workspace in 1,000 files: the diagnostics after an edit to one open
    /// file (rewrite one skill's why statement, re-check, build the notifications) against a full check of the same texts in the same
    /// process.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(BenchmarkConfig))]
    public class LanguageServerBenchmarks
    {
        private static readonly DateTime Today = new DateTime(2026, 11, 28);
        private string[] _texts = Array.Empty<string>();
        private string _folder = string.Empty;
        private ServerWorkspace _workspace = null!;
        private DiagnosticsPublisher _publisher = null!;
        private int _version = 1;

        [GlobalSetup]
        public void Setup()
        {
            _texts = ThousandFiles.Texts();
            _folder = Path.Combine(Path.GetTempPath(), "mcred-lsp-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            for (var i = 0; i < _texts.Length; i++)
            {
                File.WriteAllText(PathOf(i), _texts[i]);
            }

            _workspace = new ServerWorkspace(() => Today, _ => { });
            _workspace.SetRoots(new[] { _folder });
            _workspace.Open(PathOf(0), new Uri(PathOf(0)).AbsoluteUri, _texts[0], _version);
            _publisher = new DiagnosticsPublisher();
            _publisher.For(_workspace.Current());
        }

        /// <summary>Characters in the workspace.</summary>
        internal long Characters => _texts.Sum(t => (long)t.Length);

        [GlobalCleanup]
        public void Cleanup() => Directory.Delete(_folder, recursive: true);

        private string PathOf(int i) => Path.Combine(_folder, $"p{i:D4}.mcred");

        /// <summary>Where an edit's time goes (development aid for the quick pass).</summary>
        internal string Breakdown()
        {
            var version = Interlocked.Increment(ref _version);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            _workspace.Change(PathOf(0), version, new[] { ((LanguageServer.Protocol.Range?)null, Edited(version)) });
            var snapshot = _workspace.Current();
            var check = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var count = _publisher.For(snapshot).Count;
            var notify = sw.Elapsed.TotalMilliseconds;
            var files = snapshot.Result.Files;
            sw.Restart();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var pause = GC.GetTotalPauseDuration();
            var (model, bound) = Mcred.Binding.Binder.Bind(files);
            var bind = sw.Elapsed.TotalMilliseconds;
            var bindAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1_000_000;
            var bindPause = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            sw.Restart();
            var configuration = McredConfiguration.Defaults(Today);
            var ruled = McredChecker.RunRules(model, configuration, Mcred.Rules.RuleRegistry.Default).Diagnostics;
            var rules = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            McredChecker.CheckParsed(files, configuration);
            var whole = sw.Elapsed.TotalMilliseconds;
            return $"check {check:F0} ms ({snapshot.Result.Binding?.Bound} declarations bound, {snapshot.Result.Findings?.Judged} verdicts judged again), notifications {notify:F0} ms for {count} files; bind {bind:F0} ms ({bindAllocated} MB, GC pauses {bindPause:F0} ms), rules {rules:F0} ms, CheckParsed {whole:F0} ms; gen0 {GC.CollectionCount(0)} gen2 {GC.CollectionCount(2)}";
        }

        /// <summary>File 0 with its first skill's why statement rewritten: an edit that changes what a skill says.</summary>
        private string Edited(int version)
        {
            var at = _texts[0].IndexOf("why \"", StringComparison.Ordinal) + 5;
            return _texts[0].Substring(0, at) + $"Revised ({version}): " + _texts[0].Substring(at);
        }

        [Benchmark(Baseline = true, Description = "full check, 1,000 files")]
        public int FullCheck() =>
            McredChecker.Check(_texts.Select((t, i) => new McredSource(PathOf(i), t)), McredConfiguration.Defaults(Today)).Diagnostics.Count;

        [Benchmark(Description = "language server: diagnostics after editing 1 of 1,000 files")]
        public int EditOne()
        {
            var version = Interlocked.Increment(ref _version);
            _workspace.Change(PathOf(0), version, new[] { ((LanguageServer.Protocol.Range?)null, Edited(version)) });
            return _publisher.For(_workspace.Current()).Count;
        }
    }
}
