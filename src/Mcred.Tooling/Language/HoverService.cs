using System.Linq;
using System.Text;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Tooling.Language
{
    /// <summary>Hover: on an ID or reference, what it names; on a property name, its line of the language reference.</summary>
    internal static class HoverService
    {
        public static HoverInfo? At(PlanSnapshot snapshot, string path, int offset)
        {
            var file = snapshot.File(path);
            if (file == null)
            {
                return null;
            }

            var hit = snapshot.SymbolAt(path, offset);
            if (hit != null)
            {
                var declaration = snapshot.Declarations(hit.Kind, hit.Id).FirstOrDefault();
                var text = declaration == null
                    ? $"**{hit.Kind.ToKeyword()}** `{MessageText.Cut(hit.Id)}`: not declared in the workspace"
                    : Describe(declaration) + CoverageOf(snapshot, file, offset, declaration);
                return new HoverInfo(text, PlanRange.In(file, hit.Span));
            }

            var syntax = PlanSnapshot.DeclarationAt(file, offset);
            var property = syntax?.Properties.FirstOrDefault(p => p.NameSpan.Start <= offset && offset <= p.NameSpan.End);
            if (syntax != null && property != null && PropertyHelp.Describe(syntax.Kind, property.Name) is string help)
            {
                return new HoverInfo($"**{property.Name}** ({syntax.Kind.ToKeyword()}): {help}", PlanRange.In(file, property.NameSpan));
            }

            return null;
        }

        /// <summary>On an occupation named by a credential's or pathway's <c>prepares-for</c>: how much of it that declaration covers.</summary>
        private static string CoverageOf(PlanSnapshot snapshot, Syntax.SyntaxFile file, int offset, McredDeclaration target)
        {
            if (!(target is Occupation occupation) || PlanSnapshot.DeclarationAt(file, offset) is not Syntax.DeclarationSyntax syntax)
            {
                return string.Empty;
            }

            var owner = snapshot.Result.Model.Declarations.FirstOrDefault(d => ReferenceEquals(d.Syntax, syntax));
            if (!(owner is Credential || owner is Pathway))
            {
                return string.Empty;
            }

            var coverage = Coverage.Of(occupation, Coverage.SkillsOf(owner));
            var missing = coverage.Missing.Count == 0 ? string.Empty : "; missing: " + MessageText.Cut(string.Join(", ", coverage.Missing.Select(id => MessageText.Cut(id))), MessageText.MaxProse);
            return $"\n\n{owner!.Display} covers **{coverage.Covered} of {coverage.Essential}** essential skills ({coverage.Percent}%){missing}";
        }

        private static string Describe(McredDeclaration declaration)
        {
            var sb = new StringBuilder();
            // Plan text is cut as messages cut it: a 20 MB name is not sent to the editor in full.
            sb.Append("**").Append(declaration.Kind.ToKeyword()).Append("** `").Append(MessageText.Cut(declaration.Id)).Append('`');
            if (declaration.Name != declaration.Id)
            {
                sb.Append(" — ").Append(MessageText.Cut(declaration.Name, MessageText.MaxProse));
            }

            if (declaration is Skill skill)
            {
                var types = skill.Types.Select(t => t.ToString().ToLowerInvariant()).ToList();
                sb.Append("\n\n").Append(types.Count == 0 ? "no type (in no typed category)" : string.Join(", ", types));
                if (skill.Why != null)
                {
                    sb.Append("\n\n*Why:* ").Append(MessageText.Cut(skill.Why, MessageText.MaxProse));
                }

                if (SkillSources.LightcastOf(skill) is var (lightcastId, page))
                {
                    // The page is a checked URL (MCR0005: no blank, quote or angle bracket); ')' would end the Markdown link.
                    sb.Append("\n\n*").Append(SkillSources.LightcastName).Append(":* [").Append(MessageText.Cut(lightcastId)).Append("](").Append(page.Replace(")", "%29")).Append(')');
                }

                if (skill.HalfLife is HalfLife halfLife)
                {
                    sb.Append("\n\n*Half-life:* ").Append(halfLife);
                    if (skill.ExpiresOn is System.DateTime expires)
                    {
                        sb.Append(", expires ").Append(expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }
            else if (declaration is Category category && category.Type is CategoryType type)
            {
                sb.Append("\n\ntype ").Append(type.ToString().ToLowerInvariant());
            }
            else if (declaration is Occupation occupation)
            {
                sb.Append("\n\n").Append(occupation.Essential.Count).Append(" essential skills");
            }
            else if (declaration is Credential credential)
            {
                sb.Append("\n\n").Append(credential.Skills.Count).Append(credential.Skills.Count == 1 ? " skill" : " skills");
            }

            return sb.ToString();
        }
    }
}
