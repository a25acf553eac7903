using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Mcred.Benchmarks
{
    /// <summary>A short job (the suite has many rows) with the per-character and per-skill columns.</summary>
    public sealed class BenchmarkConfig : ManualConfig
    {
        public BenchmarkConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6));
            AddColumn(new BytesPerCharColumn(), new MicrosecondsPerSkillColumn());
        }
    }
}
