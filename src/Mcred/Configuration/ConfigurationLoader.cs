using Mcred.Files;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Mcred.Diagnostics;
using Mcred.Rules;
using Microsoft.CodeAnalysis;

namespace Mcred.Configuration
{
    /// <summary>
    /// Loads the configuration of a check from disk, as the SDK would for a build: every <c>.editorconfig</c> from each
    /// file's folder up to <c>root = true</c>, every <c>.globalconfig</c> in the checked folders and their parents, merged
    /// by Roslyn's <see cref="AnalyzerConfigSet"/> so precedence, section matching and global_level are the compiler's.
    /// </summary>
    internal static class ConfigurationLoader
    {
        private static readonly Regex ConflictKey = new Regex("key '([^']+)'", RegexOptions.CultureInvariant);

        /// <param name="mcredFiles">Full paths of the checked .mcred files.</param>
        /// <param name="checkedFolders">Full paths of the checked folders (for a checked file, its folder).</param>
        /// <param name="registry">The rules, for validating severity keys and option names.</param>
        /// <param name="today">The date when <c>mcred_today</c> is not set.</param>
        /// <param name="fileSystem">
        /// Where config files come from: the disk, open buffers over it (the language server), memory (the browser), so
        /// every shell finds the same files and reads them with this one loader.
        /// </param>
        public static McredConfiguration Load(IPlanFileSystem fileSystem, IReadOnlyList<string> mcredFiles, IReadOnlyList<string> checkedFolders, RuleRegistry registry, DateTime today) =>
            Load(mcredFiles, Discover(mcredFiles, checkedFolders, path => ConfigFile.TryRead(fileSystem, path)), registry, today);

        /// <summary>
        /// Loads the configuration from config files someone else found: the compiler hands an analyzer exactly the
        /// .editorconfig and global config files of the build (the SDK's discovery and the package's targets).
        /// </summary>
        public static McredConfiguration Load(IReadOnlyList<string> mcredFiles, IReadOnlyList<ConfigFile> given, RuleRegistry registry, DateTime today)
        {
            var files = new List<ConfigFile>(given);
            files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            if (files.Count == 0)
            {
                return McredConfiguration.Defaults(today);
            }

            var configs = new List<AnalyzerConfig>();
            foreach (var file in files)
            {
                configs.Add(file.Config);
            }

            var set = AnalyzerConfigSet.Create(configs, out var mergeDiagnostics);
            var diagnostics = new List<McredDiagnostic>();
            var validator = new ConfigValidator(registry, diagnostics);
            var representatives = new FolderRepresentatives(files);
            var probes = representatives.Distinct(mcredFiles);
            foreach (var file in files)
            {
                ValidateFile(file, probes, validator);
            }

            ReportConflicts(files, mergeDiagnostics, validator);

            var perFile = new ConcurrentDictionary<string, IOptionSource>(StringComparer.Ordinal);
            Func<string, IOptionSource> fileOptions = path =>
                perFile.GetOrAdd(representatives.For(path), p => new DictionaryOptionSource(set.GetOptionsForSourcePath(p).AnalyzerOptions));
            var globalTree = set.GlobalConfigOptions.TreeOptions;
            Func<string, SeverityOverride> globalSeverity = id =>
                globalTree.TryGetValue(id.ToLowerInvariant(), out var report) ? new SeverityOverride(SeverityMapping.FromReport(report)) : SeverityOverride.NotSet;
            return new McredConfiguration(fileOptions, today, globalSeverity, diagnostics);
        }

        private static List<ConfigFile> Discover(IReadOnlyList<string> mcredFiles, IReadOnlyList<string> checkedFolders, Func<string, ConfigFile?> read)
        {
            var found = new Dictionary<string, ConfigFile?>(StringComparer.Ordinal);
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in mcredFiles)
            {
                var folder = Path.GetDirectoryName(file);
                if (folder != null)
                {
                    folders.Add(folder);
                }
            }

            foreach (var folder in folders)
            {
                for (var dir = folder; dir != null; dir = Path.GetDirectoryName(dir))
                {
                    var config = Get(found, Path.Combine(dir, ".editorconfig"), read);
                    if (config != null && config.IsRoot)
                    {
                        break;
                    }
                }
            }

            foreach (var folder in checkedFolders)
            {
                for (var dir = folder; dir != null; dir = Path.GetDirectoryName(dir))
                {
                    Get(found, Path.Combine(dir, ".globalconfig"), read);
                }
            }

            var files = new List<ConfigFile>();
            foreach (var config in found.Values)
            {
                if (config != null)
                {
                    files.Add(config);
                }
            }

            files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return files;
        }

        private static ConfigFile? Get(Dictionary<string, ConfigFile?> found, string path, Func<string, ConfigFile?> read)
        {
            if (!found.TryGetValue(path, out var config))
            {
                config = read(path);
                found.Add(path, config);
            }

            return config;
        }

        /// <summary>Validates every line that applies to a checked file; a bad value is reported even when a nearer file overrides it.</summary>
        private static void ValidateFile(ConfigFile file, IReadOnlyList<string> mcredFiles, ConfigValidator validator)
        {
            var applies = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var line in file.Lines)
            {
                if (!ConfigValidator.IsMcredKey(line.Key))
                {
                    continue;
                }

                if (line.SectionName == null)
                {
                    // Before the first section only a global config's keys apply to files.
                    if (file.IsGlobal)
                    {
                        validator.Validate(file, line);
                    }

                    continue;
                }

                if (!applies.TryGetValue(line.SectionName, out var matches))
                {
                    matches = SectionMatcher.AppliesToAny(file, line.SectionName, mcredFiles);
                    applies.Add(line.SectionName, matches);
                }

                if (matches)
                {
                    validator.Validate(file, line);
                }
            }
        }

        /// <summary>One MCR0007 per conflicting key, on its line in the global config nearest the checked folder.</summary>
        private static void ReportConflicts(List<ConfigFile> files, IEnumerable<Diagnostic> mergeDiagnostics, ConfigValidator validator)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var diagnostic in mergeDiagnostics)
            {
                var match = ConflictKey.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                if (diagnostic.Id != "MultipleGlobalAnalyzerKeys" || !match.Success)
                {
                    continue;
                }

                var key = match.Groups[1].Value.ToLowerInvariant();
                if (!ConfigValidator.IsMcredKey(key) || !reported.Add(key))
                {
                    continue;
                }

                var setters = new List<(ConfigFile File, ConfigLine Line)>();
                foreach (var file in files)
                {
                    var line = file.IsGlobal ? file.Lines.FindLast(l => l.SectionName == null && l.Key == key) : null;
                    if (line != null)
                    {
                        setters.Add((file, line));
                    }
                }

                if (setters.Count == 0)
                {
                    continue;
                }

                // Nearest the checked folder: the deepest folder.
                setters.Sort((a, b) => b.File.Directory.Length.CompareTo(a.File.Directory.Length));
                validator.Conflict(setters[0].File, setters[0].Line, setters.ConvertAll(s => s.File.Path));
            }
        }
    }
}
