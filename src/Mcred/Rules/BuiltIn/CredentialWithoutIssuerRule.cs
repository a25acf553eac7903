using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1012: a credential needs an issuer that stands behind it.</summary>
    internal sealed class CredentialWithoutIssuerRule : DeclarationRule
    {
        public const string Code = "MCR1012";

        public CredentialWithoutIssuerRule()
            : base(Code, "credential-without-issuer", McredSeverity.Warning, "A credential with no issuer.", messageFormat: "{0} has no issuer: add 'issuer ISSUER-ID'")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var credential = (Credential)declaration;
            if (credential.ValueCount(PropertyNames.Issuer) == 0 && !credential.IsInvalid(PropertyNames.Issuer))
            {
                context.ReportWith(credential, credential.Display);
            }
        }
    }
}
