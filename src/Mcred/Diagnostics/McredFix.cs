using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Diagnostics
{
    /// <summary>One replacement in one file: the span's text becomes <see cref="NewText"/>.</summary>
    public sealed class McredTextEdit
    {
        public McredTextEdit(string path, TextSpan span, string newText)
        {
            Path = path;
            Span = span;
            NewText = newText;
        }

        public string Path { get; }
        public TextSpan Span { get; }
        public string NewText { get; }
    }

    /// <summary>
    /// A fix a diagnostic carries, as data, so every shell offers the same ones (the language server's code actions,
    /// <c>mcred check --fix</c>). A safe fix has one certain outcome: it cannot change what a well-formed plan means
    /// (removing an unused suppression) or gives a syntax slip its evident meaning (straight quotes for curly ones); an
    /// unsafe one is a guess the user confirms ("did you mean").
    /// </summary>
    public sealed class McredFix
    {
        public McredFix(string title, bool isSafe, IReadOnlyList<McredTextEdit> edits)
        {
            Title = title;
            IsSafe = isSafe;
            Edits = edits;
        }

        public string Title { get; }
        public bool IsSafe { get; }
        public IReadOnlyList<McredTextEdit> Edits { get; }

        internal static McredFix Replace(McredLocation location, string newText, bool isSafe, string title) =>
            new McredFix(title, isSafe, new[] { new McredTextEdit(location.Path, location.Span, newText) });
    }
}
