using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1015: a category no skill uses is clutter or a forgotten plan.</summary>
    internal sealed class EmptyCategoryRule : DeclarationRule
    {
        public const string Code = "MCR1015";

        public EmptyCategoryRule()
            : base(Code, "empty-category", McredSeverity.Suggestion, "A category that no skill uses.", messageFormat: "{0} has no skills: list it in a skill's 'category' or remove it")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Category };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            // Whether a skill lists a category is unknown while a skill or its 'category' is.
            if (model.HasSyntaxErrors(DeclarationKind.Skill) || model.IsUnknownAnywhere(DeclarationKind.Skill, PropertyNames.Category))
            {
                return;
            }

            if (!model.IsUsed(declaration))
            {
                context.ReportWith(declaration, declaration.Display);
            }
        }
    }
}
