using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1012: a credential needs an issuer that stands behind it.</summary>
    internal sealed class CredentialWithoutIssuerRule : McredRule
    {
        public const string Code = "MCR1012";

        public CredentialWithoutIssuerRule()
            : base(Code, "credential-without-issuer", McredSeverity.Warning, "A credential with no issuer.", messageFormat: "{0} has no issuer: add 'issuer ISSUER-ID'")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials)
            {
                if (credential.ValueCount(PropertyNames.Issuer) == 0 && !credential.IsInvalid(PropertyNames.Issuer))
                {
                    context.ReportWith(credential, credential.Display);
                }
            }
        }
    }
}
