using Mcred.Rules;
using Mcred.Tooling.Baselines;

namespace Mcred.Cli.Commands
{
    /// <summary>Everything <c>mcred check</c> was asked to do.</summary>
    internal sealed record CheckSettings(
        string[] Paths,
        string Format,
        string? Output,
        string FailOn,
        RuleRegistry Registry,
        bool Fix = false,
        string[]? Excludes = null,
        string? Baseline = null,
        bool UpdateBaseline = false,
        string? FilesFrom = null,
        bool Watch = false);
}
