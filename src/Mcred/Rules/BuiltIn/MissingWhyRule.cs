using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1006: every skill needs a reason a learner or employer should care.</summary>
    internal sealed class MissingWhyRule : DeclarationRule
    {
        public const string Code = "MCR1006";

        public MissingWhyRule()
            : base(Code, "missing-why", McredSeverity.Warning, "A skill with no why statement.", messageFormat: "{0} has no why statement: add 'why \"...\"', a tweet-length reason the skill matters")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Skill };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var skill = (Skill)declaration;
            if (skill.Why == null && !skill.IsInvalid(PropertyNames.Why))
            {
                context.ReportWith(skill, skill.Display);
            }
        }
    }
}
