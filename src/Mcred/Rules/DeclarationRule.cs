using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules
{
    /// <summary>
    /// A built-in rule that judges declarations one at a time. Its verdict on a declaration may read the declaration,
    /// what it reaches through at most three references (a pathway's steps' skills' categories), the facts the binder
    /// derives from what references it directly (used, endorsed by, in a pathway), kind-wide facts
    /// (<see cref="McredModel.HasSyntaxErrors"/>, <see cref="McredModel.IsUnknownAnywhere"/>) and the options of
    /// its file — nothing else. That contract lets an incremental check re-judge only the declarations an edit can
    /// affect and keep every other verdict (see <c>Workspace.RuleFindings</c>).
    /// </summary>
    internal abstract class DeclarationRule : McredRule
    {
        protected DeclarationRule(string id, string name, McredSeverity defaultSeverity, string summary, IReadOnlyList<RuleOption>? options = null, string messageFormat = "{0}")
            : base(id, name, defaultSeverity, summary, options: options, messageFormat: messageFormat)
        {
        }

        /// <summary>The kinds of declaration the rule judges.</summary>
        public abstract IReadOnlyList<DeclarationKind> Kinds { get; }

        /// <summary>Judges one declaration of one of <see cref="Kinds"/>, reporting only on it.</summary>
        public abstract void Judge(McredDeclaration declaration, McredModel model, RuleContext context);

        public sealed override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var kind in Kinds)
            {
                foreach (var declaration in model.OfKind(kind))
                {
                    Judge(declaration, model, context);
                }
            }
        }
    }
}
