using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>
    /// MCR1003: most credentials need soft skills next to technical ones. A credential in a pathway is judged with its
    /// pathway: the pathway is reported when none of its steps has a soft skill, and its credentials are not. Where the
    /// verdict depends on something unknown (a syntax error, a reference or type reported as an error), it stays silent.
    /// </summary>
    internal sealed class MissingSoftSkillRule : DeclarationRule
    {
        public const string Code = "MCR1003";

        public MissingSoftSkillRule()
            : base(Code, "missing-soft-skill", McredSeverity.Warning, "A credential outside every pathway with no soft skill, or a pathway none of whose credentials has one.")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential, DeclarationKind.Pathway };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            if (declaration is Credential credential)
            {
                // A credential is judged on its own only while every pathway is known: an unknown one might include it.
                var everyPathwayKnown = !model.HasSyntaxErrors(DeclarationKind.Pathway) && !model.IsUnknownAnywhere(DeclarationKind.Pathway, PropertyNames.Steps);
                if (everyPathwayKnown && credential.Pathways.Count == 0 && credential.KnownToHaveSkillOfType(CategoryType.Soft) == false)
                {
                    context.Report(credential, $"{credential.Display} has no soft skill: add a skill from a category of type soft (communication, teamwork, ...)");
                }

                return;
            }

            var pathway = (Pathway)declaration;
            if (pathway.IsInvalid(PropertyNames.Steps) || (pathway.Steps.Count == 0 && !pathway.HasBrokenReference(PropertyNames.Steps)))
            {
                return;
            }

            if (KnownToHaveNoSoftSkill(pathway))
            {
                context.Report(pathway, $"{pathway.Display}: none of its credentials has a soft skill; add one to at least one step");
            }
        }

        /// <summary>True only when every step is known and none is known to have a soft skill.</summary>
        private static bool KnownToHaveNoSoftSkill(Pathway pathway)
        {
            var unknown = pathway.HasBrokenReference(PropertyNames.Steps);
            foreach (var step in pathway.Steps)
            {
                var soft = step.KnownToHaveSkillOfType(CategoryType.Soft);
                if (soft == true)
                {
                    return false;
                }

                unknown |= soft == null;
            }

            return !unknown;
        }
    }
}
