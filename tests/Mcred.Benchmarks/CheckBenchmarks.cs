using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mcred.Binding;
using Mcred.Configuration;
using Mcred.Model;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.Workspace;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// The pipeline's stages side by side, on each workspace: reading the text (the floor), System.Text.Json over the
    /// same content (the baseline), parse, bind, rules, and all of it end to end.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(BenchmarkConfig))]
    public class CheckBenchmarks
    {
        private List<McredSource> _sources = new List<McredSource>();
        private List<string> _paths = new List<string>();
        private byte[] _json = System.Array.Empty<byte>();
        private SyntaxFile[] _parsed = System.Array.Empty<SyntaxFile>();
        private McredModel? _model;
        private string _folder = string.Empty;

        [ParamsSource(nameof(Workspaces))]
        public string Workspace { get; set; } = "100";

        public static IEnumerable<string> Workspaces() => WorkspaceCatalog.Names();

        [GlobalSetup]
        public void Setup()
        {
            var workspace = WorkspaceCatalog.Get(Workspace);
            _sources = workspace.Files.Select(f => new McredSource(f.Path, f.Text)).ToList();
            _json = Encoding.UTF8.GetBytes(workspace.Json);
            _folder = Path.Combine(Path.GetTempPath(), "mcred-bench-" + Workspace);
            Directory.CreateDirectory(_folder);
            _paths = workspace.Files.Select(f => Path.Combine(_folder, Path.GetFileName(f.Path))).ToList();
            for (var i = 0; i < _paths.Count; i++)
            {
                File.WriteAllText(_paths[i], workspace.Files[i].Text);
            }

            _parsed = McredChecker.ParseAll(_sources);
            _model = Binder.Bind(_parsed).Model;
        }

        [Benchmark(Description = "read text (floor)")]
        public int ReadText()
        {
            var total = 0;
            foreach (var path in _paths)
            {
                total += File.ReadAllText(path).Length;
            }

            return total;
        }

        [Benchmark(Baseline = true, Description = "System.Text.Json (baseline)")]
        public int Json()
        {
            using var document = JsonDocument.Parse(_json);
            return document.RootElement.GetPropertyCount();
        }

        [Benchmark(Description = "mcred parse")]
        public int Parse() => McredChecker.ParseAll(_sources).Length;

        [Benchmark(Description = "mcred bind")]
        public int Bind() => Binder.Bind(_parsed).Model.Declarations.Count;

        [Benchmark(Description = "mcred rules")]
        public int Rules() => McredChecker.RunRules(_model!, McredConfiguration.Defaults(new System.DateTime(2026, 11, 28)), RuleRegistry.Default).Diagnostics.Count;

        [Benchmark(Description = "mcred end to end")]
        public int EndToEnd() => McredChecker.Check(_sources, McredConfiguration.Defaults(new System.DateTime(2026, 11, 28))).Diagnostics.Count;
    }
}
