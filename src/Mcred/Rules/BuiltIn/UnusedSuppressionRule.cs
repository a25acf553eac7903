using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>
    /// MCR1018: a suppression comment that suppressed nothing (or names a diagnostic that cannot be suppressed).
    /// Reported by the suppression engine after every other rule ran; this class carries its metadata.
    /// </summary>
    internal sealed class UnusedSuppressionRule : McredRule
    {
        public const string Code = "MCR1018";

        public UnusedSuppressionRule()
            : base(Code, "unused-suppression", McredSeverity.Suggestion, "A suppression comment that suppressed nothing.")
        {
            Info.IsUnnecessary = true;
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
        }
    }
}
