using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1009: learners choose an issuer for what it brings; say what that is.</summary>
    internal sealed class ValuePropositionMissingRule : DeclarationRule
    {
        public const string Code = "MCR1009";

        public ValuePropositionMissingRule()
            : base(Code, "value-proposition-missing", McredSeverity.Warning, "An issuer with no value proposition.", messageFormat: "{0} has no value proposition: add 'value \"...\"', what learners get from this issuer")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Issuer };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var issuer = (Issuer)declaration;
            if (issuer.Values.Count == 0 && !issuer.IsInvalid(PropertyNames.Value))
            {
                context.ReportWith(issuer, issuer.Display);
            }
        }
    }
}
