using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1004: a credential with no technical skill rarely proves what a job needs done.</summary>
    internal sealed class MissingTechnicalSkillRule : McredRule
    {
        public const string Code = "MCR1004";

        public MissingTechnicalSkillRule()
            : base(Code, "missing-technical-skill", McredSeverity.Suggestion, "A credential with no technical skill.", messageFormat: "{0} has no technical skill: consider adding a skill from a category of type technical")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials)
            {
                if (credential.KnownToHaveSkillOfType(CategoryType.Technical) == false)
                {
                    context.ReportWith(credential, credential.Display);
                }
            }
        }
    }
}
