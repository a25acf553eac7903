using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Analyzers
{
    /// <summary>
    /// Everything one analysis of a project's .mcred workspace depends on: the texts (compared by identity: the
    /// compiler hands out a new SourceText when a file changes), each file's mcred options and the .globalconfig
    /// severities (compared by value), and the date.
    /// </summary>
    internal sealed class WorkspaceInputs
    {
        public WorkspaceInputs(
            IReadOnlyList<(string Path, SourceText Text)> files,
            IReadOnlyDictionary<string, Dictionary<string, string>> options,
            IReadOnlyDictionary<string, ReportDiagnostic> severities,
            DateTime today)
        {
            Files = files;
            Options = options;
            Severities = severities;
            Today = today;
        }

        public IReadOnlyList<(string Path, SourceText Text)> Files { get; }
        public IReadOnlyDictionary<string, Dictionary<string, string>> Options { get; }
        public IReadOnlyDictionary<string, ReportDiagnostic> Severities { get; }
        public DateTime Today { get; }

        /// <summary>The config files handed over as additional files (compared by content): none when the package's targets did not run.</summary>
        public IReadOnlyList<(string Path, SourceText Text)> Configs { get; set; } = Array.Empty<(string, SourceText)>();

        /// <summary>True when an analysis of <paramref name="other"/> is valid for these inputs.</summary>
        public bool SameAs(WorkspaceInputs other) => SameConfigurationAs(other, compareTexts: true);

        /// <summary>True when both configure the same files alike (texts aside): the same configuration serves both.</summary>
        public bool SameConfigurationAs(WorkspaceInputs other) => SameConfigurationAs(other, compareTexts: false);

        private bool SameConfigurationAs(WorkspaceInputs other, bool compareTexts)
        {
            if (Today != other.Today || Files.Count != other.Files.Count || !SameValues(Severities, other.Severities) || Configs.Count != other.Configs.Count)
            {
                return false;
            }

            for (var i = 0; i < Configs.Count; i++)
            {
                if (Configs[i].Path != other.Configs[i].Path || !Configs[i].Text.ContentEquals(other.Configs[i].Text))
                {
                    return false;
                }
            }

            for (var i = 0; i < Files.Count; i++)
            {
                var (path, text) = Files[i];
                if ((compareTexts && !ReferenceEquals(text, other.Files[i].Text)) || path != other.Files[i].Path)
                {
                    return false;
                }

                if (!SameValues(Options[path], other.Options[path]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameValues<TValue>(IReadOnlyDictionary<string, TValue> a, IReadOnlyDictionary<string, TValue> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            foreach (var pair in a)
            {
                if (!b.TryGetValue(pair.Key, out var value) || !EqualityComparer<TValue>.Default.Equals(pair.Value, value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
