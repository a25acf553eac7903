using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>
    /// The fix a syntax error carries when its cause is certain (a curly quote, a colon after a property name): the
    /// replacements that give the text its evident meaning. Path-free until the error becomes a diagnostic.
    /// </summary>
    internal sealed class SyntaxFix
    {
        public SyntaxFix(string title, IReadOnlyList<(TextSpan Span, string NewText)> edits)
        {
            Title = title;
            Edits = edits;
        }

        public SyntaxFix(string title, TextSpan span, string newText)
            : this(title, new[] { (span, newText) })
        {
        }

        public string Title { get; }
        public IReadOnlyList<(TextSpan Span, string NewText)> Edits { get; }
    }

    /// <summary>A recognised slip: the hint that follows "expected …, found …", and its fix when there is one.</summary>
    internal sealed class Slip
    {
        public Slip(string hint, SyntaxFix? fix = null)
        {
            Hint = hint;
            Fix = fix;
        }

        public string Hint { get; }
        public SyntaxFix? Fix { get; }
    }
}
