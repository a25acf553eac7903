using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1010: a credential nobody accepts has little currency in a career.</summary>
    internal sealed class UnrecognizedCredentialRule : McredRule
    {
        public const string Code = "MCR1010";

        public UnrecognizedCredentialRule()
            : base(Code, "unrecognized-credential", McredSeverity.Suggestion, "A credential that no recognizer recognizes or endorses.", messageFormat: "{0} is recognized by no one: add 'recognized-by' or have a recognizer endorse it")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            // Whether some recognizer endorses a credential is unknown while a recognizer or its 'endorses' is.
            if (model.HasSyntaxErrors(DeclarationKind.Recognizer) || model.IsUnknownAnywhere(DeclarationKind.Recognizer, PropertyNames.Endorses))
            {
                return;
            }

            foreach (var credential in model.Credentials)
            {
                if (!credential.IsRecognized && credential.ValueCount(PropertyNames.RecognizedBy) == 0 && !credential.IsInvalid(PropertyNames.RecognizedBy))
                {
                    context.ReportWith(credential, credential.Display);
                }
            }
        }
    }
}
