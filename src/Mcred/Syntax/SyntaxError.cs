using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>An MCR0001 before it becomes a diagnostic: where, and what was expected and found.</summary>
    public sealed class SyntaxError
    {
        internal SyntaxError(TextSpan span, string message)
        {
            Span = span;
            Message = message;
        }

        public TextSpan Span { get; }
        public string Message { get; }
    }
}
