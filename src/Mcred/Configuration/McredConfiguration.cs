using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Rules;

namespace Mcred.Configuration
{
    /// <summary>
    /// The configuration of one check: per-file options, the effective severity of every diagnostic, and the
    /// MCR0007 diagnostics about the configuration itself. The CLI and the harness load it from disk; the analyzer
    /// builds it from the options the compiler hands it.
    /// </summary>
    public sealed class McredConfiguration
    {
        private readonly Func<string, IOptionSource> _fileOptions;
        private readonly Func<string, SeverityOverride> _globalSeverity;
        private readonly Dictionary<string, McredRuleOptions> _ruleOptions = new Dictionary<string, McredRuleOptions>(StringComparer.Ordinal);

        /// <param name="fileOptions">The options that apply to a .mcred file (its sections of .editorconfig and .globalconfig).</param>
        /// <param name="today">
        /// The date used when <c>mcred_today</c> is not set. The core never reads the clock: each shell passes the local
        /// date, and tests pass a fixed one.
        /// </param>
        /// <param name="globalSeverity">
        /// The <c>.globalconfig</c> <c>dotnet_diagnostic</c> severity for an ID, if any. The CLI applies it itself; in a build the
        /// compiler does, so the analyzer passes none.
        /// </param>
        /// <param name="diagnostics">MCR0007 diagnostics found while loading the configuration.</param>
        internal McredConfiguration(
            Func<string, IOptionSource> fileOptions,
            DateTime today,
            Func<string, SeverityOverride>? globalSeverity = null,
            IReadOnlyList<McredDiagnostic>? diagnostics = null)
        {
            _fileOptions = fileOptions;
            _globalSeverity = globalSeverity ?? (_ => SeverityOverride.NotSet);
            Diagnostics = diagnostics ?? Array.Empty<McredDiagnostic>();
            DefaultToday = today.Date;
        }

        /// <summary>No configuration files: every rule at its default severity and options.</summary>
        public static McredConfiguration Defaults(DateTime today) => new McredConfiguration(_ => EmptyOptionSource.Instance, today);

        /// <summary>MCR0007: problems with the configuration files.</summary>
        public IReadOnlyList<McredDiagnostic> Diagnostics { get; }

        /// <summary>"Today" when <c>mcred_today</c> is not set.</summary>
        public DateTime DefaultToday { get; }

        internal McredRuleOptions RuleOptionsFor(string path)
        {
            lock (_ruleOptions)
            {
                if (!_ruleOptions.TryGetValue(path, out var options))
                {
                    options = new McredRuleOptions(_fileOptions(path), DefaultToday);
                    _ruleOptions.Add(path, options);
                }

                return options;
            }
        }

        /// <summary>
        /// The severity a diagnostic is reported with in <paramref name="path"/>: the <c>.globalconfig</c>
        /// <c>dotnet_diagnostic</c> value if set, else the file's <c>mcred_diagnostic.ID.severity</c>, else the default.
        /// Compiler diagnostics are not configurable.
        /// </summary>
        internal McredSeverity EffectiveSeverity(DiagnosticInfo info, string path, McredSeverity reported)
        {
            if (!info.IsConfigurable)
            {
                return reported;
            }

            var global = _globalSeverity(info.Id);
            if (global.IsSet)
            {
                return global.Severity ?? info.DefaultSeverity;
            }

            if (_fileOptions(path).TryGetValue(SeverityKey(info.Id), out var text) && McredSeverityText.TryParse(text, out var configured))
            {
                return configured ?? info.DefaultSeverity;
            }

            return reported;
        }

        /// <summary><c>mcred_diagnostic.mcr1003.severity</c>: the key as Roslyn hands it out (lower-case).</summary>
        internal static string SeverityKey(string id) => "mcred_diagnostic." + id.ToLowerInvariant() + ".severity";
    }

    /// <summary>A severity set in configuration: not set, set to a severity, or set to <c>default</c> (Severity null).</summary>
    internal readonly struct SeverityOverride
    {
        public static readonly SeverityOverride NotSet = default;

        public SeverityOverride(McredSeverity? severity)
        {
            IsSet = true;
            Severity = severity;
        }

        public bool IsSet { get; }
        public McredSeverity? Severity { get; }
    }
}
