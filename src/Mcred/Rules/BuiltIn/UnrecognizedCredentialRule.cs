using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1010: a credential nobody accepts has little currency in a career.</summary>
    internal sealed class UnrecognizedCredentialRule : DeclarationRule
    {
        public const string Code = "MCR1010";

        public UnrecognizedCredentialRule()
            : base(Code, "unrecognized-credential", McredSeverity.Suggestion, "A credential that no recognizer recognizes or endorses.", messageFormat: "{0} is recognized by no one: add 'recognized-by' or have a recognizer endorse it")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            // Whether some recognizer endorses a credential is unknown while a recognizer or its 'endorses' is.
            if (model.HasSyntaxErrors(DeclarationKind.Recognizer) || model.IsUnknownAnywhere(DeclarationKind.Recognizer, PropertyNames.Endorses))
            {
                return;
            }

            var credential = (Credential)declaration;
            if (!credential.IsRecognized && credential.ValueCount(PropertyNames.RecognizedBy) == 0 && !credential.IsInvalid(PropertyNames.RecognizedBy))
            {
                context.ReportWith(credential, credential.Display);
            }
        }
    }
}
