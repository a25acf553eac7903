using System.Collections.Generic;
using static Mcred.Rules.MessageArgument;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1002: skills are worth little in isolation; a credential bundles several.</summary>
    internal sealed class TooFewSkillsRule : DeclarationRule
    {
        public const string Code = "MCR1002";

        public TooFewSkillsRule()
            : base(Code, "too-few-skills", McredSeverity.Warning, "A credential with fewer skills than mcred_min_skills_per_credential (default 2).", options: new[] { McredRuleOptions.MinSkills }, messageFormat: "{0} has {1}; a credential should bundle at least {2}: add skills to 'skills'")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var credential = (Credential)declaration;
            var min = context.OptionsFor(credential).MinSkillsPerCredential;
            var count = credential.ValueCount(PropertyNames.Skills);
            if (count < min && !credential.IsInvalid(PropertyNames.Skills))
            {
                context.ReportWith(credential, credential.Display, count == 1 ? "1 skill" : Number(count) + " skills", Number(min));
            }
        }
    }
}
