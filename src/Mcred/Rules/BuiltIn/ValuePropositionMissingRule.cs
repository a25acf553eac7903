using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1009: learners choose an issuer for what it brings; say what that is.</summary>
    internal sealed class ValuePropositionMissingRule : McredRule
    {
        public const string Code = "MCR1009";

        public ValuePropositionMissingRule()
            : base(Code, "value-proposition-missing", McredSeverity.Warning, "An issuer with no value proposition.", messageFormat: "{0} has no value proposition: add 'value \"...\"', what learners get from this issuer")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var issuer in model.Issuers)
            {
                if (issuer.Values.Count == 0 && !issuer.IsInvalid(PropertyNames.Value))
                {
                    context.ReportWith(issuer, issuer.Display);
                }
            }
        }
    }
}
