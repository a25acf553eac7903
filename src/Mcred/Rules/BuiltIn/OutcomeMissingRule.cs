using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1008: a recognizer is only worth naming when the credential unlocks something with them.</summary>
    internal sealed class OutcomeMissingRule : McredRule
    {
        public const string Code = "MCR1008";

        public OutcomeMissingRule()
            : base(Code, "outcome-missing", McredSeverity.Warning, "A recognizer with no outcome.", messageFormat: "{0} has no outcome: add 'outcome \"...\"', what the credential unlocks with them")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var recognizer in model.Recognizers)
            {
                if (recognizer.Outcomes.Count == 0 && !recognizer.IsInvalid(PropertyNames.Outcome))
                {
                    context.ReportWith(recognizer, recognizer.Display);
                }
            }
        }
    }
}
