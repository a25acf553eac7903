using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>A <c>#</c> comment. Comments are trivia for the grammar but matter to suppressions, fixtures and fmt.</summary>
    public sealed class Comment
    {
        internal Comment(TextSpan span, bool isOwnLine, string text)
        {
            Span = span;
            IsOwnLine = isOwnLine;
            Text = text;
        }

        /// <summary>From the <c>#</c> to the end of the line, line break excluded.</summary>
        public TextSpan Span { get; }

        /// <summary>True when nothing but white space precedes the comment on its line.</summary>
        public bool IsOwnLine { get; }

        /// <summary>The comment's text after the <c>#</c>.</summary>
        public string Text { get; }
    }
}
