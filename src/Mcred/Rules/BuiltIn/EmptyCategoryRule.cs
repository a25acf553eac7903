using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1015: a category no skill uses is clutter or a forgotten plan.</summary>
    internal sealed class EmptyCategoryRule : McredRule
    {
        public const string Code = "MCR1015";

        public EmptyCategoryRule()
            : base(Code, "empty-category", McredSeverity.Suggestion, "A category that no skill uses.", messageFormat: "{0} has no skills: list it in a skill's 'category' or remove it")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            // Whether a skill lists a category is unknown while a skill or its 'category' is.
            if (model.HasSyntaxErrors(DeclarationKind.Skill) || model.IsUnknownAnywhere(DeclarationKind.Skill, PropertyNames.Category))
            {
                return;
            }

            foreach (var category in model.Categories)
            {
                if (!model.IsUsed(category))
                {
                    context.ReportWith(category, category.Display);
                }
            }
        }
    }
}
