using System.Collections.Generic;
using static Mcred.Rules.MessageArgument;
using System.Globalization;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1005: a why statement is tweet-length, counted in user-perceived characters (an emoji or a flag is one).</summary>
    internal sealed class OverlongWhyRule : DeclarationRule
    {
        public const string Code = "MCR1005";

        public OverlongWhyRule()
            : base(Code, "overlong-why", McredSeverity.Warning, "A why statement longer than mcred_why_max_length (default 280) user-perceived characters.", options: new[] { McredRuleOptions.WhyMaxLength }, messageFormat: "the why statement of {0} is {1} characters; keep it to {2} or fewer")
        {
        }

        /// <summary>Text elements as .NET's StringInfo counts them (grapheme clusters).</summary>
        public static int PerceivedLength(string text) => new StringInfo(text).LengthInTextElements;

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Skill };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var skill = (Skill)declaration;
            if (skill.Why == null || skill.IsInvalid(PropertyNames.Why))
            {
                return;
            }

            var max = context.OptionsFor(skill).WhyMaxLengthValue;

            // A text element is at least one UTF-16 unit, so a why no longer than the limit in units cannot exceed it.
            if (skill.Why.Length <= max)
            {
                return;
            }

            var length = PerceivedLength(skill.Why);
            if (length > max)
            {
                context.ReportWith(skill, skill.ValueLocation(PropertyNames.Why)!, skill.Display, Number(length), Number(max));
            }
        }
    }
}
