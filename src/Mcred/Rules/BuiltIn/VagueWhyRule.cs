using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1019: a why statement of a few words ("Very important skill") gives nobody a reason.</summary>
    internal sealed class VagueWhyRule : McredRule
    {
        public const string Code = "MCR1019";

        public VagueWhyRule()
            : base(Code, "vague-why", McredSeverity.Warning, "A why statement of fewer than mcred_why_min_words (default 5) words.", options: new[] { McredRuleOptions.WhyMinWords })
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var skill in model.Skills)
            {
                if (skill.Why == null || skill.IsInvalid(PropertyNames.Why))
                {
                    continue;
                }

                var min = context.OptionsFor(skill).WhyMinWordsValue;
                var words = VaguePersonaRule.WordCount(skill.Why);
                if (words < min)
                {
                    context.Report(skill, skill.ValueLocation(PropertyNames.Why)!,
                        $"the why statement of {skill.Display} has {words} word{(words == 1 ? string.Empty : "s")}; write at least {min}: who needs the skill, and what it lets them do");
                }
            }
        }
    }
}
