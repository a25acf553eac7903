using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1014: the type of a category decides whether its skills count as soft, technical or certification.</summary>
    internal sealed class UntypedCategoryRule : McredRule
    {
        public const string Code = "MCR1014";

        public UntypedCategoryRule()
            : base(Code, "untyped-category", McredSeverity.Warning, "A category with no type.", messageFormat: "{0} has no type: add 'type soft', 'type technical' or 'type certification'")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var category in model.Categories)
            {
                if (category.Type == null && !category.IsInvalid(PropertyNames.Type))
                {
                    context.ReportWith(category, category.Display);
                }
            }
        }
    }
}
