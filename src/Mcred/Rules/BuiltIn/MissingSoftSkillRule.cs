using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>
    /// MCR1003: most credentials need soft skills next to technical ones. A credential in a pathway is judged with its
    /// pathway: the pathway is reported when none of its steps has a soft skill, and its credentials are not.
    /// </summary>
    public sealed class MissingSoftSkillRule : McredRule
    {
        public const string Code = "MCR1003";

        public MissingSoftSkillRule()
            : base(Code, "missing-soft-skill", McredSeverity.Warning, "A credential outside every pathway with no soft skill, or a pathway none of whose credentials has one.")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials)
            {
                if (credential.Pathways.Count == 0 && !credential.IsInvalid(PropertyNames.Skills) && !credential.HasSoftSkill)
                {
                    context.Report(credential, $"{credential.Display} has no soft skill: add a skill from a category of type soft (communication, teamwork, ...)");
                }
            }

            foreach (var pathway in model.Pathways)
            {
                if (pathway.Steps.Count == 0 || pathway.IsInvalid(PropertyNames.Steps))
                {
                    continue;
                }

                var anySoft = false;
                foreach (var step in pathway.Steps)
                {
                    anySoft |= step.HasSoftSkill;
                }

                if (!anySoft)
                {
                    context.Report(pathway, $"{pathway.Display}: none of its credentials has a soft skill; add one to at least one step");
                }
            }
        }
    }
}
