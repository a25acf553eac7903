using static Mcred.Rules.MessageArgument;
using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1013: every skill has a half-life; past it, review the skill before issuing more credentials with it.</summary>
    internal sealed class ExpiredSkillRule : McredRule
    {
        public const string Code = "MCR1013";

        public ExpiredSkillRule()
            : base(Code, "expired-skill", McredSeverity.Warning, "A skill whose reviewed date plus half-life is before today.", options: new[] { McredRuleOptions.Today }, messageFormat: "{0} expired on {1} (reviewed {2}, half-life {3}): review it and update 'reviewed'")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var skill in model.Skills)
            {
                if (skill.IsInvalid(PropertyNames.Reviewed) || skill.IsInvalid(PropertyNames.HalfLife))
                {
                    continue;
                }

                var today = context.OptionsFor(skill).TodayValue;
                if (skill.IsExpiredOn(today))
                {
                    context.ReportWith(skill, skill.ValueLocation(PropertyNames.Reviewed)!,
                        skill.Display, Date(skill.ExpiresOn), Date(skill.Reviewed), skill.HalfLife.ToString()!);
                }
            }
        }
    }
}
