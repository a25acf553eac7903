using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Mcred.Configuration;
using Mcred.Workspace;
using Mcred.Tooling.Import;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// The full ESCO import with relations (13,896 skills, 3,007 occupations, 123,855 relation rows) and a check of
    /// what it writes. Needs MCRED_ESCO_ZIP and MCRED_ESCO_RELATIONS_ZIP (the zips from esco.ec.europa.eu); without
    /// them the ESCO rows report nothing. The Lightcast row imports a generated file of Open Skills' full size (41,138
    /// made-up records with descriptions: Lightcast data is licensed per user, so none is bundled).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(BenchmarkConfig))]
    public class ImportBenchmarks
    {
        public const string RelationsVariable = "MCRED_ESCO_RELATIONS_ZIP";
        private string? _classification;
        private string? _relations;
        private McredSource[] _imported = Array.Empty<McredSource>();
        private string _lightcast = string.Empty;

        [GlobalSetup]
        public void Setup()
        {
            _lightcast = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mcred-bench-lightcast.json");
            Mcred.TestSupport.SyntheticLightcast.Write(_lightcast, Mcred.TestSupport.SyntheticLightcast.FullSize);
            _classification = Environment.GetEnvironmentVariable(WorkspaceCatalog.EscoVariable);
            _relations = Environment.GetEnvironmentVariable(RelationsVariable);
            if (_classification != null && _relations != null)
            {
                _imported = Import().Files().Select(f => new McredSource("/esco/" + f.Name, f.Text)).ToArray();
            }
        }

        [Benchmark(Description = "import esco --relations (13,896 skills, 3,007 occupations)")]
        public int ImportWithRelations() => _classification == null || _relations == null ? 0 : Import().OccupationCount;

        [Benchmark(Description = "import lightcast (41,138 records, 25 MB, streamed)")]
        public int ImportLightcast() => LightcastImporter.Import(_lightcast, string.Empty).SkillCount;

        [Benchmark(Description = "check the imported ESCO library with occupations")]
        public int CheckImported() => McredChecker.Check(_imported, McredConfiguration.Defaults(new DateTime(2026, 11, 28))).Diagnostics.Count;

        [GlobalCleanup]
        public void Cleanup() => System.IO.File.Delete(_lightcast);

        private ImportedWorkspace Import() => EscoImporter.Import(_classification!, string.Empty, _relations);
    }
}
