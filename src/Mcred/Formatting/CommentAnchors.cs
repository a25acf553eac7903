using System.Collections.Generic;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Formatting
{
    /// <summary>Where a comment belongs, so that it stays with its element when fmt moves things.</summary>
    internal enum AnchorKind
    {
        Preamble,
        BeforeDeclaration,
        HeaderTrailing,
        BeforeProperty,
        PropertyTrailing,
        BeforeClose,
        CloseTrailing,
        Ending,
    }

    internal readonly struct Anchor
    {
        public Anchor(AnchorKind kind, int declaration = -1, int property = -1)
        {
            Kind = kind;
            Declaration = declaration;
            Property = property;
        }

        public AnchorKind Kind { get; }
        public int Declaration { get; }
        public int Property { get; }
    }

    /// <summary>Assigns every comment of a well-formed file to an anchor.</summary>
    internal static class CommentAnchors
    {
        public static Dictionary<Comment, Anchor> Assign(SyntaxFile file)
        {
            var anchors = new Dictionary<Comment, Anchor>();
            var declarations = file.Declarations;
            var d = 0;
            foreach (var comment in file.Comments)
            {
                var position = comment.Span.Start;
                while (d < declarations.Count && declarations[d].CloseBraceSpan.End <= position && !IsCloseTrailing(file.Text, declarations[d], comment))
                {
                    d++;
                }

                anchors[comment] = AnchorOf(file.Text, declarations, d, comment);
            }

            return anchors;
        }

        private static Anchor AnchorOf(SourceText text, IReadOnlyList<DeclarationSyntax> declarations, int d, Comment comment)
        {
            if (d >= declarations.Count)
            {
                return new Anchor(declarations.Count == 0 ? AnchorKind.Preamble : AnchorKind.Ending);
            }

            var declaration = declarations[d];
            if (comment.Span.Start < declaration.KeywordSpan.Start)
            {
                return d == 0 ? new Anchor(AnchorKind.Preamble) : new Anchor(AnchorKind.BeforeDeclaration, d);
            }

            // Between the header and the '{' (or on the '{' line): with the header, in source order.
            var line = LineOf(text, comment.Span.Start);
            if (comment.Span.Start < declaration.OpenBraceSpan.Start || (!comment.IsOwnLine && line == LineOf(text, declaration.OpenBraceSpan.Start)))
            {
                return new Anchor(AnchorKind.HeaderTrailing, d);
            }

            if (!comment.IsOwnLine)
            {
                if (line == LineOf(text, declaration.CloseBraceSpan.Start))
                {
                    return new Anchor(AnchorKind.CloseTrailing, d);
                }

                for (var p = 0; p < declaration.Properties.Count; p++)
                {
                    if (LineOf(text, declaration.Properties[p].Span.End) == line)
                    {
                        return new Anchor(AnchorKind.PropertyTrailing, d, p);
                    }
                }

                return new Anchor(AnchorKind.HeaderTrailing, d);
            }

            for (var p = 0; p < declaration.Properties.Count; p++)
            {
                if (declaration.Properties[p].NameSpan.Start > comment.Span.Start)
                {
                    return new Anchor(AnchorKind.BeforeProperty, d, p);
                }
            }

            return new Anchor(AnchorKind.BeforeClose, d);
        }

        private static bool IsCloseTrailing(SourceText text, DeclarationSyntax declaration, Comment comment) =>
            !comment.IsOwnLine && LineOf(text, comment.Span.Start) == LineOf(text, declaration.CloseBraceSpan.Start);

        private static int LineOf(SourceText text, int position) => text.Lines.GetLineFromPosition(position).LineNumber;
    }
}
