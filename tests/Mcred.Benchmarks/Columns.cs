using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Mcred.Benchmarks
{
    /// <summary>Bytes allocated per input character of the workspace.</summary>
    public sealed class BytesPerCharColumn : IColumn
    {
        public string Id => nameof(BytesPerCharColumn);
        public string ColumnName => "B/char";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Bytes allocated per character of .mcred input";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.GcStats == null)
            {
                return "-";
            }

            var name = Workspace(benchmarkCase);
            if (name == null)
            {
                return "-";
            }

            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
            var chars = WorkspaceCatalog.Get(name).Characters;
            return (bytes / (double)chars).ToString("F2");
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;

        internal static string? Workspace(BenchmarkCase benchmarkCase) =>
            benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Workspace")?.Value as string;
    }

    /// <summary>Microseconds per skill of the workspace.</summary>
    public sealed class MicrosecondsPerSkillColumn : IColumn
    {
        public string Id => nameof(MicrosecondsPerSkillColumn);
        public string ColumnName => "us/skill";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Mean time per skill, in microseconds";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean == null)
            {
                return "-";
            }

            var name = BytesPerCharColumn.Workspace(benchmarkCase);
            if (name == null)
            {
                return "-";
            }

            var skills = WorkspaceCatalog.Get(name).Skills;
            return (mean.Value / 1000.0 / skills).ToString("F3");
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
