using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Linq;
using Mcred.Rules.BuiltIn;
using Mcred.Syntax;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// Builds the .mcred text of an import: unique kebab-case IDs (with an optional prefix, so imports collide neither
    /// with each other nor with the seeds), escaped strings, why statements only where the source has one that fits.
    /// An imported library is not a plan: each file says so with a file-level suppression of exactly the findings a
    /// library has by nature (skills no credential uses yet; why statements the source did not have), with the reason.
    /// </summary>
    internal sealed class ImportedWorkspace
    {
        private const int SkillsPerFile = 1000;

        /// <summary>The longest description imported (longer ones are cut with "…"): a plan is read by people, and a
        /// 100 MB description in a taxonomy would make a 100 MB plan.</summary>
        private const int MaxDescription = 2000;
        private const string LibraryReason = "an imported library of skills, not a plan: credentials pick from it, and a why statement is never invented";
        private readonly HashSet<string> _ids = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The next number to try per base ID: labels that fold alike (all-Cyrillic ones fall back to 'skill') cost one step each, not one per earlier twin.</summary>
        private readonly Dictionary<string, int> _nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly HashSet<string> _skillNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _usedCategories = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _categoryIds = new List<string>();
        private readonly StringBuilder _categories = new StringBuilder();
        private readonly List<(StringBuilder Text, SortedSet<string> Findings)> _skillFiles = new List<(StringBuilder, SortedSet<string>)>();
        private readonly string _header;
        private readonly string _prefix;
        private readonly List<ImportedOccupation> _occupations = new List<ImportedOccupation>();
        private int _skills;

        /// <param name="header">Where the data comes from and under which licence: written as comments, one line each.</param>
        /// <param name="prefix">Put in front of every ID (<c>esco-sql</c>); empty for none.</param>
        public ImportedWorkspace(string header, string prefix = "")
        {
            var lines = header.Split('\n').Where(l => l.Length > 0).Select(l => "# " + StringLiteral.CommentText(l.TrimStart('#', ' ')));
            _header = string.Join("\n", lines) + "\n";
            _prefix = prefix.Length > 0 ? prefix + "-" : string.Empty;
        }

        public int SkillCount => _skills;

        public string AddCategory(string label, string type, string? description)
        {
            var id = UniqueId(label, "category");
            _categoryIds.Add(id);
            _categories.Append("category ").Append(id).Append(' ').Append(Quote(label)).Append(" {\n  type ").Append(type).Append('\n');
            if (!string.IsNullOrWhiteSpace(description))
            {
                _categories.Append("  description ").Append(Quote(Mcred.Diagnostics.MessageText.Cut(description!.Trim(), MaxDescription))).Append('\n');
            }

            _categories.Append("}\n\n");
            return id;
        }

        /// <summary>Adds a skill and returns its ID.</summary>
        public string AddSkill(string label, string? categoryId, string? description, string framework, string code) =>
            AddSkill(label, categoryId, description, framework, new[] { code });

        /// <summary>Adds a skill aligned to each of <paramref name="codes"/> in one framework (an ID and its page) and returns its ID.</summary>
        public string AddSkill(string label, string? categoryId, string? description, string framework, IReadOnlyList<string> codes)
        {
            if (_skills % SkillsPerFile == 0)
            {
                _skillFiles.Add((new StringBuilder(), new SortedSet<string>(StringComparer.Ordinal) { UnusedDeclarationRule.Code }));
            }

            _skills++;
            var (text, findings) = _skillFiles[_skillFiles.Count - 1];
            var id = UniqueId(label, "skill");
            text.Append("skill ").Append(id).Append(' ').Append(Quote(label)).Append(" {\n");
            if (categoryId != null)
            {
                _usedCategories.Add(categoryId);
                text.Append("  category ").Append(categoryId).Append('\n');
            }
            else
            {
                findings.Add(IsolatedSkillRule.Code);
            }

            var why = WhyFrom(description);
            if (why != null)
            {
                text.Append("  why ").Append(Quote(why)).Append('\n');
                if (VaguePersonaRule.WordCount(why) < 5)
                {
                    findings.Add(VagueWhyRule.Code);
                }
            }
            else
            {
                findings.Add(MissingWhyRule.Code);
            }

            if (!_skillNames.Add(DuplicateSkillNameRule.Fold(label)))
            {
                findings.Add(DuplicateSkillNameRule.Code);
            }

            text.Append("  aligns ").Append(string.Join(", ", codes.Select(code => framework + " " + Quote(code)))).Append("\n}\n\n");
            return id;
        }

        public int OccupationCount => _occupations.Count;

        /// <summary>Records skipped because their label or URI is empty (a declaration needs both to check clean).</summary>
        public int SkippedRecords { get; set; }

        /// <summary>Records skipped because the source marks them removed (Lightcast's retired skills).</summary>
        public int SkippedRemoved { get; init; }

        /// <summary>Relations skipped because they name an occupation or skill the classification lacks.</summary>
        public int SkippedRelations { get; set; }

        /// <summary>Adds an occupation (its skills come later, through <see cref="Requires"/>) and returns its ID.</summary>
        public string AddOccupation(string label, string framework, string code)
        {
            var id = UniqueId(label, "occupation");
            _occupations.Add(new ImportedOccupation(id, label, framework, code));
            return id;
        }

        /// <summary>Records that an occupation (by its index) requires a skill, essentially or optionally.</summary>
        public void Requires(int occupation, string skillId, bool essential) =>
            (essential ? _occupations[occupation].Essential : _occupations[occupation].Optional).Add(skillId);

        /// <summary>File name and text of each file of the workspace.</summary>
        public List<(string Name, string Text)> Files()
        {
            var categoriesHeader = _header;
            if (_categoryIds.Any(id => !_usedCategories.Contains(id)))
            {
                categoriesHeader += $"# mcred-disable-file {EmptyCategoryRule.Code} -- {LibraryReason}\n";
            }

            // Declarations are separated by one blank line and the file ends with one line break: already as fmt writes it.
            var files = new List<(string, string)> { ("categories.mcred", categoriesHeader + "\n" + _categories.ToString().TrimEnd('\n') + "\n") };
            for (var i = 0; i < _skillFiles.Count; i++)
            {
                var (text, findings) = _skillFiles[i];
                files.Add(($"skills-{i + 1:D3}.mcred", _header + $"# mcred-disable-file {string.Join(", ", findings)} -- {LibraryReason}\n\n" + text.ToString().TrimEnd('\n') + "\n"));
            }

            // Occupations are evidence, never unused and never judged themselves: their files need no suppression.
            for (var i = 0; i * SkillsPerFile < _occupations.Count; i++)
            {
                var text = new StringBuilder(_header).Append('\n');
                foreach (var occupation in _occupations.Skip(i * SkillsPerFile).Take(SkillsPerFile))
                {
                    occupation.WriteTo(text);
                }

                files.Add(($"occupations-{i + 1:D3}.mcred", text.ToString().TrimEnd('\n') + "\n"));
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

            slug = _prefix + slug;

            var id = slug;
            var n = _nextNumber.TryGetValue(slug, out var next) ? next : 2;
            while (!_ids.Add(id))
            {
                id = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }

            _nextNumber[slug] = n;
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

        /// <summary>A string literal, through the core's quoting (every line break of the language escaped).</summary>
        public static string Quote(string value) => StringLiteral.Quote(value);
    }

    /// <summary>An imported occupation: ID, label, alignment, and the IDs of its essential and optional skills.</summary>
    internal sealed class ImportedOccupation
    {
        public ImportedOccupation(string id, string label, string framework, string code)
        {
            Id = id;
            Label = label;
            Framework = framework;
            Code = code;
        }

        public string Id { get; }
        public string Label { get; }
        public string Framework { get; }
        public string Code { get; }
        public List<string> Essential { get; } = new List<string>();
        public List<string> Optional { get; } = new List<string>();

        /// <summary>The declaration as fmt writes it: properties in the language's order, each list on one line.</summary>
        public void WriteTo(StringBuilder text)
        {
            text.Append("occupation ").Append(Id).Append(' ').Append(StringLiteral.Quote(Label)).Append(" {\n");
            text.Append("  aligns ").Append(Framework).Append(' ').Append(StringLiteral.Quote(Code)).Append('\n');
            if (Essential.Count > 0)
            {
                text.Append("  essential ").Append(string.Join(", ", Essential.Distinct())).Append('\n');
            }

            if (Optional.Count > 0)
            {
                text.Append("  optional ").Append(string.Join(", ", Optional.Distinct())).Append('\n');
            }

            text.Append("}\n\n");
        }
    }
}
