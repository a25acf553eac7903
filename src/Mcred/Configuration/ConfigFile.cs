using Mcred.Files;
using System;
using System.Collections.Generic;
using System.IO;
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

        public static ConfigFile? TryRead(string path)
        {
            try
            {
                // A named pipe or device with a config file's name is as if absent: reading it would block or never end.
                if (!File.Exists(path) || FileFacts.Of(path) is { IsRegular: false })
                {
                    return null;
                }

                return new ConfigFile(path, SourceText.From(File.ReadAllText(path)));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // An unreadable config file is as if absent: the build would not see it either.
                return null;
            }
        }

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
