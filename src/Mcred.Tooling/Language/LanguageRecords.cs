using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Tooling.Language
{
    /// <summary>A span of a plan file, as an offset span (what a browser editor uses) and as lines and UTF-16 columns (what LSP uses).</summary>
    internal sealed record PlanRange(string Path, TextSpan Span, LinePositionSpan Lines)
    {
        public static PlanRange In(SyntaxFile file, TextSpan span) => new PlanRange(file.Path, span, file.Text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>Hover text in Markdown, and the span it describes.</summary>
    internal sealed record HoverInfo(string Markdown, PlanRange Range);

    internal enum CompletionKind
    {
        Property,
        Reference,
        EnumMember,
        Snippet,
    }

    /// <summary>One completion; <see cref="IsSnippet"/> marks insert text with <c>${1:placeholder}</c> tab stops.</summary>
    internal sealed record CompletionEntry(string Label, CompletionKind Kind, string? Detail, string? InsertText, bool IsSnippet, string? SortText);

    /// <summary>Replace the range's text with <see cref="NewText"/>.</summary>
    internal sealed record FileEdit(PlanRange Range, string NewText);

    /// <summary>The edits of a rename, or why it is refused (then there are none).</summary>
    internal sealed record RenameOutcome(IReadOnlyList<FileEdit> Edits, string? Refusal);

    internal enum OutlineKind
    {
        Declaration,
        Property,
    }

    /// <summary>A declaration (with its properties as children) for an outline or a workspace symbol search.</summary>
    internal sealed record OutlineSymbol(string Name, string? Detail, OutlineKind Kind, PlanRange Range, PlanRange Selection, IReadOnlyList<OutlineSymbol> Children);

    internal enum FoldingKind
    {
        Region,
        Comment,
    }

    /// <summary>Lines that fold (zero-based, inclusive).</summary>
    internal sealed record FoldingRegion(int StartLine, int EndLine, FoldingKind Kind);

    /// <summary>A fix offered for a diagnostic; <see cref="IsPreferred"/> is the diagnostic's own first fix (suppressing it is the fallback).</summary>
    internal sealed record QuickFix(string Title, McredDiagnostic Diagnostic, bool IsPreferred, IReadOnlyList<FileEdit> Edits);

    /// <summary>What a piece of text is, for highlighting. The order is the LSP legend's.</summary>
    internal enum HighlightKind
    {
        Keyword,
        Declaration,
        Property,
        Reference,
        EnumMember,
        String,
        Number,
        Comment,
    }

    /// <summary>One highlighted token, on one line.</summary>
    internal sealed record HighlightToken(int Line, int Character, int Length, HighlightKind Kind);
}
