using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Binding;
using Mcred.Diagnostics;
using Mcred.Rules;

namespace Mcred.Configuration
{
    /// <summary>MCR0007: a bad value is an error; a key that has no effect is a warning. Never a silent default.</summary>
    internal readonly struct ConfigProblem
    {
        public ConfigProblem(McredSeverity severity, string message)
        {
            Severity = severity;
            Message = message;
        }

        public McredSeverity Severity { get; }
        public string Message { get; }
    }

    internal sealed class ConfigValidator
    {
        private readonly RuleRegistry _registry;
        private readonly List<string> _knownKeys;
        private readonly List<McredDiagnostic> _diagnostics;

        public ConfigValidator(RuleRegistry registry, List<McredDiagnostic>? diagnostics = null)
        {
            _registry = registry;
            _diagnostics = diagnostics ?? new List<McredDiagnostic>();
            _knownKeys = new List<string>(registry.OptionKeys);
            foreach (var rule in registry.Rules)
            {
                _knownKeys.Add(McredConfiguration.SeverityKey(rule.Id));
            }
        }

        public void Validate(ConfigFile file, ConfigLine line)
        {
            var problem = Check(line.Key, line.Value, file.IsGlobal, System.IO.Path.GetFileName(file.Path));
            if (problem is ConfigProblem p)
            {
                Add(file, line, p.Severity, p.Message);
            }
        }

        /// <summary>
        /// The problem with one key and value, if any: the CLI reports it on the config file's line; the analyzer,
        /// which sees option values but not files, reports it without a location.
        /// </summary>
        public ConfigProblem? Check(string key, string value, bool isGlobalFile, string fileName)
        {
            if (TrySeverityKey(key, "dotnet_diagnostic.", out var dotnetId))
            {
                if (!dotnetId.StartsWith("MCR", StringComparison.Ordinal))
                {
                    return null;
                }

                return isGlobalFile
                    ? CheckSeverity(key, value, dotnetId, fileName)
                    : new ConfigProblem(McredSeverity.Warning, $"'{key}' in {fileName} has no effect on .mcred files (the compiler ignores dotnet_diagnostic for additional files): use 'mcred_diagnostic.{dotnetId}.severity' instead");
            }

            if (!key.StartsWith("mcred_", StringComparison.Ordinal))
            {
                return null;
            }

            if (TrySeverityKey(key, "mcred_diagnostic.", out var id))
            {
                return CheckSeverity(key, value, id, fileName);
            }

            if (McredRuleOptions.Shapes.TryGetValue(key, out var shape))
            {
                return McredRuleOptions.IsValid(shape, value)
                    ? (ConfigProblem?)null
                    : new ConfigProblem(McredSeverity.Error, $"'{key}' in {fileName} must be {McredRuleOptions.Expectation(shape)}, found '{value}'");
            }

            if (_knownKeys.Contains(key))
            {
                return null;
            }

            // A suggestion only when it is close enough to be a typo; otherwise the list of what exists.
            var near = Suggestions.Nearest(key, _knownKeys);
            return new ConfigProblem(McredSeverity.Warning, near != null
                ? $"unknown key '{key}' in {fileName}: did you mean '{near}'?"
                : $"unknown key '{key}' in {fileName} has no effect; mcred reads mcred_diagnostic.ID.severity and {string.Join(", ", _knownKeys.Where(k => !k.StartsWith("mcred_diagnostic", System.StringComparison.Ordinal)).OrderBy(k => k, System.StringComparer.Ordinal))}");
        }

        public void Conflict(ConfigFile file, ConfigLine line, IEnumerable<string> files) =>
            Warn(file, line, $"'{line.Key}' is set by several .globalconfig files at the same global_level ({string.Join(", ", files)}), so the build ignores it: set it in one file or give one a higher global_level");

        /// <summary>True when a key bears on mcred: a conflict on other keys is not ours to report.</summary>
        public static bool IsMcredKey(string key) =>
            key.StartsWith("mcred_", StringComparison.Ordinal)
            || (key.StartsWith("dotnet_diagnostic.mcr", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal));

        private ConfigProblem? CheckSeverity(string key, string value, string id, string fileName)
        {
            if (RuleRegistry.IsCompilerId(id))
            {
                return new ConfigProblem(McredSeverity.Warning, $"'{key}' in {fileName} has no effect: {id} is a compiler diagnostic and cannot be configured");
            }

            if (_registry.Find(id) == null)
            {
                var ids = new List<string>();
                foreach (var rule in _registry.Rules)
                {
                    ids.Add(rule.Id);
                }

                var near = Suggestions.Nearest(id, ids);
                return new ConfigProblem(McredSeverity.Warning, $"'{key}' in {fileName} has no effect: there is no rule {id}" + (near != null ? $" (did you mean {near}?)" : string.Empty));
            }

            return McredSeverityText.TryParse(value, out _)
                ? (ConfigProblem?)null
                : new ConfigProblem(McredSeverity.Error, $"'{key}' in {fileName} has the value '{value}', which is not a severity: use error, warning, suggestion, silent, none or default");
        }

        private static bool TrySeverityKey(string key, string prefix, out string id)
        {
            id = string.Empty;
            const string suffix = ".severity";
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !key.EndsWith(suffix, StringComparison.Ordinal) || key.Length <= prefix.Length + suffix.Length)
            {
                return false;
            }

            id = key.Substring(prefix.Length, key.Length - prefix.Length - suffix.Length).ToUpperInvariant();
            return true;
        }

        private void Warn(ConfigFile file, ConfigLine line, string message) => Add(file, line, McredSeverity.Warning, message);

        private void Add(ConfigFile file, ConfigLine line, McredSeverity severity, string message) =>
            _diagnostics.Add(new McredDiagnostic(CompilerDiagnostics.InvalidConfig, severity, message, McredLocation.In(file.Path, file.Text, line.Span)));
    }
}
