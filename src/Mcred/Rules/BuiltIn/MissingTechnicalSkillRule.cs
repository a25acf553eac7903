using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1004: a credential with no technical skill rarely proves what a job needs done.</summary>
    internal sealed class MissingTechnicalSkillRule : DeclarationRule
    {
        public const string Code = "MCR1004";

        public MissingTechnicalSkillRule()
            : base(Code, "missing-technical-skill", McredSeverity.Suggestion, "A credential with no technical skill.", messageFormat: "{0} has no technical skill: consider adding a skill from a category of type technical")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var credential = (Credential)declaration;
            if (credential.KnownToHaveSkillOfType(CategoryType.Technical) == false)
            {
                context.ReportWith(credential, credential.Display);
            }
        }
    }
}
