using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>MCR1014: the type of a category decides whether its skills count as soft, technical or certification.</summary>
    internal sealed class UntypedCategoryRule : DeclarationRule
    {
        public const string Code = "MCR1014";

        public UntypedCategoryRule()
            : base(Code, "untyped-category", McredSeverity.Warning, "A category with no type.", messageFormat: "{0} has no type: add 'type soft', 'type technical' or 'type certification'")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Category };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var category = (Category)declaration;
            if (category.Type == null && !category.IsInvalid(PropertyNames.Type))
            {
                context.ReportWith(category, category.Display);
            }
        }
    }
}
