using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1001: a skill in no category has no type, so no credential can count it as soft or technical.</summary>
    internal sealed class IsolatedSkillRule : DeclarationRule
    {
        public const string Code = "MCR1001";

        public IsolatedSkillRule()
            : base(Code, "isolated-skill", McredSeverity.Warning, "A skill with no category.", messageFormat: "{0} is in no category: add 'category ID' so credentials can count it as soft, technical or certification")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Skill };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var skill = (Skill)declaration;
            if (skill.ValueCount(PropertyNames.Category) == 0 && !skill.IsInvalid(PropertyNames.Category))
            {
                context.ReportWith(skill, skill.Display);
            }
        }
    }
}
