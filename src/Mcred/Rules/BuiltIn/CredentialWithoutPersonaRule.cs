using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1011: a credential designed for no one in particular serves no one well.</summary>
    internal sealed class CredentialWithoutPersonaRule : DeclarationRule
    {
        public const string Code = "MCR1011";

        public CredentialWithoutPersonaRule()
            : base(Code, "credential-without-persona", McredSeverity.Warning, "A credential with no 'for'.", messageFormat: "{0} is for no persona: add 'for PERSONA-ID'")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var credential = (Credential)declaration;
            if (credential.ValueCount(PropertyNames.For) == 0 && !credential.IsInvalid(PropertyNames.For))
            {
                context.ReportWith(credential, credential.Display);
            }
        }
    }
}
