using Mcred.Files;
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

        /// <summary>
        /// Each skill's folded name, kept per syntax node beside the tree: the rule compares every skill of the workspace
        /// on every check, and an editor session checks the same unchanged declarations on every keystroke.
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Syntax.DeclarationSyntax, string> FoldedNames =
            new System.Runtime.CompilerServices.ConditionalWeakTable<Syntax.DeclarationSyntax, string>();

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Syntax.DeclarationSyntax, string>.CreateValueCallback FoldName =
            syntax => Fold(McredDeclaration.NameOf(syntax, syntax.Id ?? string.Empty));

        public override void Analyze(McredModel model, RuleContext context)
        {
            var first = new Dictionary<string, Skill>(model.Skills.Count, System.StringComparer.Ordinal);
            foreach (var skill in model.Skills)
            {
                // The name is the syntax's (Rebase moves a declaration to a new syntax and name together).
                var key = FoldedNames.GetValue(skill.Syntax, FoldName);
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
