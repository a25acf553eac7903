using System.Collections.Generic;
using static Mcred.Rules.MessageArgument;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1019: a why statement of a few words ("Very important skill") gives nobody a reason.</summary>
    internal sealed class VagueWhyRule : DeclarationRule
    {
        public const string Code = "MCR1019";

        public VagueWhyRule()
            : base(Code, "vague-why", McredSeverity.Warning, "A why statement of fewer than mcred_why_min_words (default 5) words.", options: new[] { McredRuleOptions.WhyMinWords }, messageFormat: "the why statement of {0} has {1}; write at least {2}: who needs the skill, and what it lets them do")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Skill };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var skill = (Skill)declaration;
            if (skill.Why == null || skill.IsInvalid(PropertyNames.Why))
            {
                return;
            }

            var min = context.OptionsFor(skill).WhyMinWordsValue;
            var words = VaguePersonaRule.WordCount(skill.Why);
            if (words < min)
            {
                context.ReportWith(skill, skill.ValueLocation(PropertyNames.Why)!,
                    skill.Display, words == 1 ? "1 word" : Number(words) + " words", Number(min));
            }
        }
    }
}
