using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Mcred.Binding;
using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1017: two skills whose names differ only in case, spacing or punctuation are one skill written twice.</summary>
    internal sealed class DuplicateSkillNameRule : McredRule
    {
        public const string Code = "MCR1017";

        public DuplicateSkillNameRule()
            : base(Code, "duplicate-skill-name", McredSeverity.Warning, "Two skills whose names are equal after folding case, spaces, hyphens, dashes and punctuation.", messageFormat: "{0} (\"{1}\") has the same name as skill '{2}' (\"{3}\") at {4}: merge them or rename one")
        {
        }

        /// <summary>The folded name of a skill's declaration: its display name, or its ID when it has none (as <see cref="McredDeclaration.Name"/>).</summary>
        private static string FoldedName(Syntax.DeclarationSyntax syntax)
        {
            var display = syntax.DisplayName?.StringValue;
            return Fold(string.IsNullOrWhiteSpace(display) ? syntax.Id! : display!);
        }

        /// <summary>Lower-case (invariant), then drop white space, dashes (Unicode Pd), underscores, periods, commas and apostrophes.</summary>
        public static string Fold(string name)
        {
            var sb = new StringBuilder(name.Length);
            foreach (var c in name.ToLowerInvariant())
            {
                if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation
                    || c == '_' || c == '.' || c == ',' || c == '\'' || c == '\u2019')
                {
                    continue;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            var first = new Dictionary<string, Skill>(model.Skills.Count, System.StringComparer.Ordinal);
            foreach (var skill in model.Skills)
            {
                var key = skill.Syntax.FoldedName ??= FoldedName(skill.Syntax);
                if (!first.TryGetValue(key, out var earlier))
                {
                    first.Add(key, skill);
                    continue;
                }

                var line = earlier.Location.Line;
                var where = earlier.File.Path == skill.File.Path ? $"line {line}" : $"line {line} of {PathText.RelativeTo(skill.File.Path, earlier.File.Path)}";
                context.ReportWith(skill, skill.Location, earlier.Location, skill.Display, skill.Name, earlier.Id, earlier.Name, where);
            }
        }
    }
}
