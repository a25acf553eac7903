using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1016: a persona, recognizer, issuer or skill that no credential or pathway uses.</summary>
    internal sealed class UnusedDeclarationRule : DeclarationRule
    {
        public const string Code = "MCR1016";

        public UnusedDeclarationRule()
            : base(Code, "unused-declaration", McredSeverity.Suggestion, "A persona, recognizer, issuer or skill that no credential or pathway uses.", messageFormat: "{0} is not used by any credential or pathway: {1} or remove it")
        {
            Info.IsUnnecessary = true;
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Persona, DeclarationKind.Recognizer, DeclarationKind.Issuer, DeclarationKind.Skill };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            if (!model.IsUsed(declaration) && !UsesAreUnknown(model, declaration))
            {
                context.ReportWith(declaration, declaration.Display, HowToUse(declaration.Kind));
            }
        }

        /// <summary>
        /// Whether anything uses a declaration of a kind is unknown while a property that takes that kind is unknown
        /// anywhere, or a declaration of a kind that has such a property has a syntax error; a recognizer also waits on
        /// its own <c>endorses</c>.
        /// </summary>
        private static bool UsesAreUnknown(McredModel model, McredDeclaration declaration)
        {
            var credentialsUnknown = model.HasSyntaxErrors(DeclarationKind.Credential);
            switch (declaration.Kind)
            {
                case DeclarationKind.Persona:
                    return credentialsUnknown || model.HasSyntaxErrors(DeclarationKind.Pathway)
                        || model.IsUnknownAnywhere(DeclarationKind.Credential, PropertyNames.For)
                        || model.IsUnknownAnywhere(DeclarationKind.Pathway, PropertyNames.For);
                case DeclarationKind.Issuer:
                    return credentialsUnknown || model.IsUnknownAnywhere(DeclarationKind.Credential, PropertyNames.Issuer);
                case DeclarationKind.Skill:
                    return credentialsUnknown || model.IsUnknownAnywhere(DeclarationKind.Credential, PropertyNames.Skills);
                default:
                    return credentialsUnknown || model.IsUnknownAnywhere(DeclarationKind.Credential, PropertyNames.RecognizedBy)
                        || declaration.IsInvalid(PropertyNames.Endorses);
            }
        }

        private static string HowToUse(DeclarationKind kind)
        {
            switch (kind)
            {
                case DeclarationKind.Persona: return "list it in a credential's or pathway's 'for'";
                case DeclarationKind.Recognizer: return "list it in a credential's 'recognized-by' or give it 'endorses'";
                case DeclarationKind.Issuer: return "name it in a credential's 'issuer'";
                default: return "list it in a credential's 'skills'";
            }
        }
    }
}
