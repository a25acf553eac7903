using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1002: skills are worth little in isolation; a credential bundles several.</summary>
    internal sealed class TooFewSkillsRule : McredRule
    {
        public const string Code = "MCR1002";

        public TooFewSkillsRule()
            : base(Code, "too-few-skills", McredSeverity.Warning, "A credential with fewer skills than mcred_min_skills_per_credential (default 2).", options: new[] { McredRuleOptions.MinSkills })
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials)
            {
                var min = context.OptionsFor(credential).MinSkillsPerCredential;
                var count = credential.ValueCount(PropertyNames.Skills);
                if (count < min && !credential.IsInvalid(PropertyNames.Skills))
                {
                    context.Report(credential, $"{credential.Display} has {count} skill{(count == 1 ? string.Empty : "s")}; a credential should bundle at least {min}: add skills to 'skills'");
                }
            }
        }
    }
}
