using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1008: a recognizer is only worth naming when the credential unlocks something with them.</summary>
    internal sealed class OutcomeMissingRule : DeclarationRule
    {
        public const string Code = "MCR1008";

        public OutcomeMissingRule()
            : base(Code, "outcome-missing", McredSeverity.Warning, "A recognizer with no outcome.", messageFormat: "{0} has no outcome: add 'outcome \"...\"', what the credential unlocks with them")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Recognizer };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var recognizer = (Recognizer)declaration;
            if (recognizer.Outcomes.Count == 0 && !recognizer.IsInvalid(PropertyNames.Outcome))
            {
                context.ReportWith(recognizer, recognizer.Display);
            }
        }
    }
}
