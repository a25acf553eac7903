using System.Collections.Generic;
using static Mcred.Rules.MessageArgument;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1013: every skill has a half-life; past it, review the skill before issuing more credentials with it.</summary>
    internal sealed class ExpiredSkillRule : DeclarationRule
    {
        public const string Code = "MCR1013";

        public ExpiredSkillRule()
            : base(Code, "expired-skill", McredSeverity.Warning, "A skill whose reviewed date plus half-life is before today.", options: new[] { McredRuleOptions.Today }, messageFormat: "{0} expired on {1} (reviewed {2}, half-life {3}): review it and update 'reviewed'")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Skill };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var skill = (Skill)declaration;
            if (skill.IsInvalid(PropertyNames.Reviewed) || skill.IsInvalid(PropertyNames.HalfLife))
            {
                return;
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
