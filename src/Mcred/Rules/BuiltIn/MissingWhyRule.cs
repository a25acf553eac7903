using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1006: every skill needs a reason a learner or employer should care.</summary>
    internal sealed class MissingWhyRule : McredRule
    {
        public const string Code = "MCR1006";

        public MissingWhyRule()
            : base(Code, "missing-why", McredSeverity.Warning, "A skill with no why statement.", messageFormat: "{0} has no why statement: add 'why \"...\"', a tweet-length reason the skill matters")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var skill in model.Skills)
            {
                if (skill.Why == null && !skill.IsInvalid(PropertyNames.Why))
                {
                    context.ReportWith(skill, skill.Display);
                }
            }
        }
    }
}
