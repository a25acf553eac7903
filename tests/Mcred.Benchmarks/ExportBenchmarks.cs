using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mcred.Benchmarks.Synthetic;
using Mcred.Configuration;
using Mcred.Workspace;
using Mcred.Tooling.Export;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// Export of the 32,000-skill workspace against checking it: an export is a check plus the Open Badges
    /// achievements and profiles and the CTDL graph, serialized (the files' writing is left out on both sides).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(BenchmarkConfig))]
    public class ExportBenchmarks
    {
        private static readonly DateTime Today = new DateTime(2026, 11, 28);
        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };
        private List<McredSource> _sources = new List<McredSource>();

        [GlobalSetup]
        public void Setup() => _sources = new WorkspaceGenerator().Generate(32000).Files.Select(f => new McredSource(f.Path, f.Text)).ToList();

        /// <summary>Where an export's time goes (development aid for the quick pass).</summary>
        internal string Breakdown()
        {
            var plan = McredChecker.Check(_sources, McredConfiguration.Defaults(Today));
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var ob3 = new OpenBadgesExporter("https://badges.example.org/");
            var nodes = plan.Model.Credentials.Select(c => ob3.Achievement(c)).ToList();
            var build = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            long size = nodes.Sum(n => (long)n.ToJsonString(Indented).Length);
            var write = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var graph = new CtdlExporter("en").Graph(plan, "benchmark", allSkills: true);
            var ctdlBuild = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            size += graph.Length;
            return $"ob3 build {build:F0} ms, write {write:F0} ms; ctdl build {ctdlBuild:F0} ms, write {sw.Elapsed.TotalMilliseconds:F0} ms; {plan.Model.Credentials.Count} credentials, {size / 1_000_000} MB";
        }

        [Benchmark(Baseline = true, Description = "check, 32,000 skills")]
        public int Check() => McredChecker.Check(_sources, McredConfiguration.Defaults(Today)).Diagnostics.Count;

        [Benchmark(Description = "export ob3 + ctdl, 32,000 skills")]
        public long Export()
        {
            var plan = McredChecker.Check(_sources, McredConfiguration.Defaults(Today));
            var ob3 = new OpenBadgesExporter("https://badges.example.org/");
            long size = 0;
            foreach (var credential in plan.Model.Credentials)
            {
                size += ob3.Achievement(credential).ToJsonString(Indented).Length;
            }

            foreach (var issuer in plan.Model.Issuers)
            {
                size += ob3.Profile(issuer).ToJsonString(Indented).Length;
            }

            return size + new CtdlExporter("en").Graph(plan, "benchmark", allSkills: true).Length;
        }
    }
}
