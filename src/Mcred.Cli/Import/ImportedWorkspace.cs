using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Mcred.Rules.BuiltIn;

namespace Mcred.Cli.Import
{
    /// <summary>Builds the .mcred text of an import: unique kebab-case IDs, escaped strings, why statements only where the source has one that fits.</summary>
    internal sealed class ImportedWorkspace
    {
        private const int SkillsPerFile = 1000;
        private readonly HashSet<string> _ids = new HashSet<string>(StringComparer.Ordinal);
        private readonly StringBuilder _categories = new StringBuilder();
        private readonly List<StringBuilder> _skillFiles = new List<StringBuilder>();
        private readonly string _header;
        private int _skills;

        public ImportedWorkspace(string header)
        {
            _header = header;
        }

        public int SkillCount => _skills;

        public string AddCategory(string label, string type, string? description)
        {
            var id = UniqueId(label, "category");
            _categories.Append("category ").Append(id).Append(' ').Append(Quote(label)).Append(" {\n  type ").Append(type).Append('\n');
            if (!string.IsNullOrWhiteSpace(description))
            {
                _categories.Append("  description ").Append(Quote(description!.Trim())).Append('\n');
            }

            _categories.Append("}\n\n");
            return id;
        }

        public void AddSkill(string label, string? categoryId, string? description, string framework, string code)
        {
            if (_skills % SkillsPerFile == 0)
            {
                _skillFiles.Add(new StringBuilder());
            }

            _skills++;
            var text = _skillFiles[_skillFiles.Count - 1];
            text.Append("skill ").Append(UniqueId(label, "skill")).Append(' ').Append(Quote(label)).Append(" {\n");
            if (categoryId != null)
            {
                text.Append("  category ").Append(categoryId).Append('\n');
            }

            var why = WhyFrom(description);
            if (why != null)
            {
                text.Append("  why ").Append(Quote(why)).Append('\n');
            }

            text.Append("  aligns ").Append(framework).Append(' ').Append(Quote(code)).Append("\n}\n\n");
        }

        /// <summary>File name and text of each file of the workspace.</summary>
        public List<(string Name, string Text)> Files()
        {
            var files = new List<(string, string)> { ("categories.mcred", _header + "\n" + _categories) };
            for (var i = 0; i < _skillFiles.Count; i++)
            {
                files.Add(($"skills-{i + 1:D3}.mcred", _header + "\n" + _skillFiles[i]));
            }

            return files;
        }

        /// <summary>
        /// The source's description as a why statement when it fits in 280 characters, else its first sentence when that
        /// fits, else none: a why is never invented.
        /// </summary>
        public static string? WhyFrom(string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                return null;
            }

            var text = string.Join(" ", description!.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            if (OverlongWhyRule.PerceivedLength(text) <= 280)
            {
                return text;
            }

            var end = text.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 && end + 1 <= 280 ? text.Substring(0, end + 1) : null;
        }

        private string UniqueId(string label, string fallback)
        {
            var slug = Slug(label);
            if (slug.Length == 0)
            {
                slug = fallback;
            }

            var id = slug;
            for (var n = 2; !_ids.Add(id); n++)
            {
                id = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return id;
        }

        /// <summary>kebab-case ASCII: letters and digits kept, everything else a single hyphen; never starting with a digit.</summary>
        public static string Slug(string label)
        {
            var sb = new StringBuilder();
            foreach (var c in label.Normalize(NormalizationForm.FormD).ToLowerInvariant())
            {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                {
                    sb.Append(c);
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[sb.Length - 1] != '-')
                {
                    sb.Append('-');
                }
            }

            var slug = sb.ToString().Trim('-');
            if (slug.Length > 60)
            {
                slug = slug.Substring(0, 60).TrimEnd('-');
            }

            return slug.Length > 0 && char.IsDigit(slug[0]) ? "s-" + slug : slug;
        }

        public static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\r': break;
                    default: sb.Append(c); break;
                }
            }

            return sb.Append('"').ToString();
        }
    }
}
