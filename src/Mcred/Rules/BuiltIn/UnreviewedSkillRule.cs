using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>
    /// MCR1020: a half-life means nothing without the date it counts from, and a review date in the future has not
    /// happened: either way the skill's expiry (MCR1013) cannot be trusted.
    /// </summary>
    internal sealed class UnreviewedSkillRule : DeclarationRule
    {
        public const string Code = "MCR1020";

        public UnreviewedSkillRule()
            : base(Code, "unreviewed-skill", McredSeverity.Warning, "A skill with a half-life but no reviewed date, or whose reviewed date is after today.", options: new[] { McredRuleOptions.Today })
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

            if (skill.HalfLife != null && skill.Reviewed == null)
            {
                context.Report(skill, skill.ValueLocation(PropertyNames.HalfLife)!,
                    $"{skill.Display} has a half-life but no 'reviewed' date, so its expiry cannot be computed: add 'reviewed YYYY-MM-DD', the date it was last reviewed");
                return;
            }

            var today = context.OptionsFor(skill).TodayValue;
            if (skill.Reviewed is System.DateTime reviewed && reviewed > today)
            {
                context.Report(skill, skill.ValueLocation(PropertyNames.Reviewed)!,
                    $"{skill.Display} was reviewed on {reviewed:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}): a review date cannot be in the future; correct it");
            }
        }
    }
}
