using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>A <c>#</c> comment. Comments are trivia for the grammar but matter to suppressions, fixtures and fmt.</summary>
    public sealed class Comment
    {
        /// <summary>
        /// A fixture's <c># expect:</c> inside another comment (e.g. after a suppression comment's IDs) ends that
        /// comment's own text: suppressions and fixtures both read it, so it lives with comments.
        /// </summary>
        internal const string NestedExpectMarker = "# expect:";

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
