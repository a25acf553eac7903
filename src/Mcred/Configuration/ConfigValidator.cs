using System;
using System.Collections.Generic;
using Mcred.Binding;
using Mcred.Diagnostics;
using Mcred.Rules;

namespace Mcred.Configuration
{
    /// <summary>MCR0007: a bad value is an error; a key that has no effect is a warning. Never a silent default.</summary>
    internal sealed class ConfigValidator
    {
        private static readonly string[] PositiveIntKeys =
        {
            McredRuleOptions.WhyMaxLengthKey, McredRuleOptions.MinSkillsKey, McredRuleOptions.PersonaMinWordsKey,
        };

        private readonly RuleRegistry _registry;
        private readonly List<string> _knownKeys;
        private readonly List<McredDiagnostic> _diagnostics;

        public ConfigValidator(RuleRegistry registry, List<McredDiagnostic> diagnostics)
        {
            _registry = registry;
            _diagnostics = diagnostics;
            _knownKeys = new List<string>(registry.OptionKeys);
            foreach (var rule in registry.Rules)
            {
                _knownKeys.Add(McredConfiguration.SeverityKey(rule.Id));
            }
        }

        public void Validate(ConfigFile file, ConfigLine line)
        {
            var key = line.Key;
            if (TrySeverityKey(key, "dotnet_diagnostic.", out var dotnetId))
            {
                if (!dotnetId.StartsWith("MCR", StringComparison.Ordinal))
                {
                    return;
                }

                if (!file.IsGlobal)
                {
                    Warn(file, line, $"'{key}' in {FileName(file)} has no effect on .mcred files (the compiler ignores dotnet_diagnostic for additional files): use '{McredConfiguration.SeverityKey(dotnetId).Replace(dotnetId.ToLowerInvariant(), dotnetId)}' instead");
                    return;
                }

                ValidateSeverity(file, line, dotnetId);
                return;
            }

            if (!key.StartsWith("mcred_", StringComparison.Ordinal))
            {
                return;
            }

            if (TrySeverityKey(key, "mcred_diagnostic.", out var id))
            {
                ValidateSeverity(file, line, id);
            }
            else if (Array.IndexOf(PositiveIntKeys, key) >= 0)
            {
                if (!McredRuleOptions.TryParsePositiveInt(line.Value, out _))
                {
                    Error(file, line, $"'{key}' in {FileName(file)} must be a positive whole number, found '{line.Value}'");
                }
            }
            else if (key == McredRuleOptions.TodayKey)
            {
                if (!McredRuleOptions.TryParseDate(line.Value, out _))
                {
                    Error(file, line, $"'{key}' in {FileName(file)} must be a date YYYY-MM-DD, found '{line.Value}'");
                }
            }
            else if (!_knownKeys.Contains(key))
            {
                var near = Suggestions.Nearest(key, _knownKeys);
                Warn(file, line, $"unknown key '{key}' in {FileName(file)}" + (near != null ? $": did you mean '{near}'?" : ": it has no effect"));
            }
        }

        public void Conflict(ConfigFile file, ConfigLine line, IEnumerable<string> files) =>
            Warn(file, line, $"'{line.Key}' is set by several .globalconfig files at the same global_level ({string.Join(", ", files)}), so the build ignores it: set it in one file or give one a higher global_level");

        /// <summary>True when a key bears on mcred: a conflict on other keys is not ours to report.</summary>
        public static bool IsMcredKey(string key) =>
            key.StartsWith("mcred_", StringComparison.Ordinal)
            || (key.StartsWith("dotnet_diagnostic.mcr", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal));

        private void ValidateSeverity(ConfigFile file, ConfigLine line, string id)
        {
            if (RuleRegistry.IsCompilerId(id))
            {
                Warn(file, line, $"'{line.Key}' in {FileName(file)} has no effect: {id} is a compiler diagnostic and cannot be configured");
                return;
            }

            if (_registry.Find(id) == null)
            {
                var ids = new List<string>();
                foreach (var rule in _registry.Rules)
                {
                    ids.Add(rule.Id);
                }

                var near = Suggestions.Nearest(id, ids);
                Warn(file, line, $"'{line.Key}' in {FileName(file)} has no effect: there is no rule {id}" + (near != null ? $" (did you mean {near}?)" : string.Empty));
                return;
            }

            if (!McredSeverityText.TryParse(line.Value, out _))
            {
                Error(file, line, $"'{line.Key}' in {FileName(file)} has the value '{line.Value}', which is not a severity: use error, warning, suggestion, silent, none or default");
            }
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

        private static string FileName(ConfigFile file) => System.IO.Path.GetFileName(file.Path);

        private void Error(ConfigFile file, ConfigLine line, string message) => Add(file, line, McredSeverity.Error, message);

        private void Warn(ConfigFile file, ConfigLine line, string message) => Add(file, line, McredSeverity.Warning, message);

        private void Add(ConfigFile file, ConfigLine line, McredSeverity severity, string message) =>
            _diagnostics.Add(new McredDiagnostic(CompilerDiagnostics.InvalidConfig, severity, message, McredLocation.In(file.Path, file.Text, line.Span)));
    }
}
