using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>An MCR0001 before it becomes a diagnostic: where, and what was expected and found.</summary>
    public sealed class SyntaxError
    {
        internal SyntaxError(TextSpan span, string message, SyntaxFix? fix = null)
        {
            Span = span;
            Message = message;
            Fix = fix;
        }

        public TextSpan Span { get; }
        public string Message { get; }

        /// <summary>What undoes the slip, when its cause is certain (curly quotes, <c>kind: employer</c>).</summary>
        internal SyntaxFix? Fix { get; }
    }
}
