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
    /// them the rows report nothing.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(BenchmarkConfig))]
    public class ImportBenchmarks
    {
        public const string RelationsVariable = "MCRED_ESCO_RELATIONS_ZIP";
        private string? _classification;
        private string? _relations;
        private McredSource[] _imported = Array.Empty<McredSource>();

        [GlobalSetup]
        public void Setup()
        {
            _classification = Environment.GetEnvironmentVariable(WorkspaceCatalog.EscoVariable);
            _relations = Environment.GetEnvironmentVariable(RelationsVariable);
            if (_classification != null && _relations != null)
            {
                _imported = Import().Files().Select(f => new McredSource("/esco/" + f.Name, f.Text)).ToArray();
            }
        }

        [Benchmark(Description = "import esco --relations (13,896 skills, 3,007 occupations)")]
        public int ImportWithRelations() => _classification == null || _relations == null ? 0 : Import().OccupationCount;

        [Benchmark(Description = "check the imported ESCO library with occupations")]
        public int CheckImported() => McredChecker.Check(_imported, McredConfiguration.Defaults(new DateTime(2026, 11, 28))).Diagnostics.Count;

        private ImportedWorkspace Import() => EscoImporter.Import(_classification!, string.Empty, _relations);
    }
}
