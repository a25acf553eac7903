using Mcred.Files;
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Configuration
{
    /// <summary>A parsed .editorconfig or .globalconfig: Roslyn's AnalyzerConfig plus the lines where its keys stand.</summary>
    internal sealed class ConfigFile
    {
        private ConfigFile(string path, SourceText text)
        {
            Path = path;
            Text = text;
            Config = AnalyzerConfig.Parse(text, path);
            Lines = ConfigLine.Scan(text);
            Directory = System.IO.Path.GetDirectoryName(path) ?? string.Empty;
            IsGlobal = string.Equals(System.IO.Path.GetFileName(path), ".globalconfig", StringComparison.Ordinal) || PreambleIs("is_global", "true");
            IsRoot = PreambleIs("root", "true");
        }

        public string Path { get; }
        public SourceText Text { get; }
        public AnalyzerConfig Config { get; }
        public List<ConfigLine> Lines { get; }
        public string Directory { get; }
        public bool IsGlobal { get; }
        public bool IsRoot { get; }

        /// <summary>A config file whose text the caller already holds (the analyzer's additional files, a browser's memory).</summary>
        public static ConfigFile FromText(string path, SourceText text) => new ConfigFile(path, text);

        /// <summary>The config file at <paramref name="path"/> in <paramref name="fileSystem"/>, or null when there is none to read.</summary>
        public static ConfigFile? TryRead(IPlanFileSystem fileSystem, string path) =>
            fileSystem.ReadIfPresent(path) is string text ? new ConfigFile(path, SourceText.From(text)) : null;

        /// <summary>True when <paramref name="file"/> lies under this config's folder.</summary>
        public bool Covers(string file) => PathText.IsUnder(Directory, file);

        private bool PreambleIs(string key, string value)
        {
            foreach (var line in Lines)
            {
                if (line.SectionName == null && line.Key == key && string.Equals(line.Value, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
