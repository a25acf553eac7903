using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1011: a credential designed for no one in particular serves no one well.</summary>
    internal sealed class CredentialWithoutPersonaRule : McredRule
    {
        public const string Code = "MCR1011";

        public CredentialWithoutPersonaRule()
            : base(Code, "credential-without-persona", McredSeverity.Warning, "A credential with no 'for'.", messageFormat: "{0} is for no persona: add 'for PERSONA-ID'")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials)
            {
                if (credential.ValueCount(PropertyNames.For) == 0 && !credential.IsInvalid(PropertyNames.For))
                {
                    context.ReportWith(credential, credential.Display);
                }
            }
        }
    }
}
