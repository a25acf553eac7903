using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Configuration
{
    /// <summary>
    /// One <c>key = value</c> line of a config file and the section it stands in. Roslyn's public API does not give
    /// line numbers, so this scanner finds them; which sections apply and which value wins is still Roslyn's call.
    /// </summary>
    internal sealed class ConfigLine
    {
        // The same shapes Roslyn's AnalyzerConfig accepts: [section] headers and key = value / key: value properties,
        // with ';' or '#' starting a comment.
        private static readonly Regex Section = new Regex(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex Property = new Regex(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

        private ConfigLine(string? section, string key, string value, TextSpan span)
        {
            SectionName = section;
            Key = key;
            Value = value;
            Span = span;
        }

        /// <summary>Null for lines before the first section (the global section of a global config).</summary>
        public string? SectionName { get; }

        /// <summary>Lower-case, as Roslyn stores it.</summary>
        public string Key { get; }

        public string Value { get; }
        public TextSpan Span { get; }

        public static List<ConfigLine> Scan(SourceText text)
        {
            var lines = new List<ConfigLine>();
            string? section = null;
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                var sectionMatch = Section.Match(content);
                if (sectionMatch.Success)
                {
                    section = sectionMatch.Groups[1].Value;
                    continue;
                }

                var property = Property.Match(content);
                if (property.Success)
                {
                    var key = property.Groups[1];
                    var value = property.Groups[2];
                    var end = value.Length > 0 ? value.Index + value.Length : key.Index + key.Length;
                    lines.Add(new ConfigLine(section, key.Value.ToLowerInvariant(), value.Value, TextSpan.FromBounds(line.Start + key.Index, line.Start + end)));
                }
            }

            return lines;
        }
    }
}
