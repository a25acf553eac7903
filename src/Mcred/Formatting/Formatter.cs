using System.Collections.Generic;
using System.Linq;
using System.Text;
using Mcred.Model;
using Mcred.Binding;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Formatting
{
    /// <summary>
    /// The canonical layout: declarations in file order separated by one blank line, two-space indentation,
    /// properties in the contract's order, lists on one line, every comment kept with what it annotates, the file's
    /// line-end style kept. Strings are written exactly as they were, so every value is unchanged. Idempotent.
    /// </summary>
    internal static class Formatter
    {
        private const string Indent = "  ";

        /// <summary>The formatted text, or null when the file has a syntax error (fmt never rewrites those).</summary>
        public static string? Format(SyntaxFile file)
        {
            if (file.Errors.Count > 0)
            {
                return null;
            }

            var source = file.Text.ToString();
            var newLine = DetectNewLine(source);
            var anchors = CommentAnchors.Assign(file);
            var byAnchor = file.Comments.ToLookup(c => anchors[c], c => "#" + c.Text.TrimEnd());
            var output = new StringBuilder(source.Length + 64);

            // The file's header: comment blocks keep the blank lines that separate them from each other and from the
            // first declaration's own comment.
            var preamble = file.Comments.Where(c => anchors[c].Kind == AnchorKind.Preamble).ToList();
            for (var i = 0; i < preamble.Count; i++)
            {
                if (i > 0 && HasBlankLineBetween(file, preamble[i - 1].Span.End, preamble[i].Span.Start))
                {
                    output.Append(newLine);
                }

                output.Append("#" + preamble[i].Text.TrimEnd()).Append(newLine);
            }

            if (preamble.Count > 0 && file.Declarations.Count > 0 && HasBlankLineBetween(file, preamble[preamble.Count - 1].Span.End, file.Declarations[0].KeywordSpan.Start))
            {
                output.Append(newLine);
            }

            for (var d = 0; d < file.Declarations.Count; d++)
            {
                if (d > 0)
                {
                    output.Append(newLine);
                }

                WriteDeclaration(output, source, file.Declarations[d], d, byAnchor, newLine);
            }

            var ending = byAnchor[new Anchor(AnchorKind.Ending)].ToList();
            if (ending.Count > 0 && file.Declarations.Count > 0 && HasBlankLineBefore(file, file.Comments.First(c => anchors[c].Kind == AnchorKind.Ending).Span.Start))
            {
                output.Append(newLine);
            }

            foreach (var comment in ending)
            {
                output.Append(comment).Append(newLine);
            }

            return output.ToString();
        }

        private static void WriteDeclaration(StringBuilder output, string source, DeclarationSyntax declaration, int d, ILookup<Anchor, string> comments, string newLine)
        {
            foreach (var comment in comments[new Anchor(AnchorKind.BeforeDeclaration, d)])
            {
                output.Append(comment).Append(newLine);
            }

            output.Append(declaration.Kind.ToKeyword()).Append(' ').Append(declaration.Id);
            if (declaration.DisplayName != null)
            {
                output.Append(' ').Append(source, declaration.DisplayName.Span.Start, declaration.DisplayName.Span.Length);
            }

            output.Append(" {");
            var header = comments[new Anchor(AnchorKind.HeaderTrailing, d)].ToList();
            if (header.Count > 0)
            {
                output.Append(' ').Append(header[0]);
            }

            output.Append(newLine);
            foreach (var extra in header.Skip(1))
            {
                output.Append(Indent).Append(extra).Append(newLine);
            }

            var order = Enumerable.Range(0, declaration.Properties.Count)
                .OrderBy(p => PropertySchema.OrderOf(declaration.Kind, declaration.Properties[p].Name));
            foreach (var p in order)
            {
                foreach (var comment in comments[new Anchor(AnchorKind.BeforeProperty, d, p)])
                {
                    output.Append(Indent).Append(comment).Append(newLine);
                }

                output.Append(Indent);
                WriteProperty(output, source, declaration.Properties[p]);
                foreach (var trailing in comments[new Anchor(AnchorKind.PropertyTrailing, d, p)])
                {
                    output.Append(' ').Append(trailing);
                }

                output.Append(newLine);
            }

            foreach (var comment in comments[new Anchor(AnchorKind.BeforeClose, d)])
            {
                output.Append(Indent).Append(comment).Append(newLine);
            }

            output.Append('}');
            foreach (var trailing in comments[new Anchor(AnchorKind.CloseTrailing, d)])
            {
                output.Append(' ').Append(trailing);
            }

            output.Append(newLine);
        }

        private static void WriteProperty(StringBuilder output, string source, PropertySyntax property)
        {
            output.Append(property.Name).Append(' ');
            for (var v = 0; v < property.Values.Count; v++)
            {
                if (v > 0)
                {
                    output.Append(", ");
                }

                var value = property.Values[v];
                if (value.Kind == ValueKind.Tagged)
                {
                    output.Append(value.Tag).Append(' ');
                }

                var span = value.StringSpan;
                output.Append(source, span.Start, span.Length);
            }
        }

        /// <summary>The file's line-end style: its first line break, LF when it has none.</summary>
        public static string DetectNewLine(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var length = CharFacts.LineBreakLength(text, i, text.Length);
                if (length > 0)
                {
                    return text.Substring(i, length);
                }
            }

            return "\n";
        }

        /// <summary>A white-space-only line stands between the lines of <paramref name="end"/> and <paramref name="start"/>.</summary>
        private static bool HasBlankLineBetween(SyntaxFile file, int end, int start)
        {
            var lines = file.Text.Lines;
            var from = lines.GetLineFromPosition(end).LineNumber + 1;
            var to = lines.GetLineFromPosition(start).LineNumber;
            for (var line = from; line < to; line++)
            {
                if (string.IsNullOrWhiteSpace(lines[line].ToString()))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasBlankLineBefore(SyntaxFile file, int position)
        {
            var line = file.Text.Lines.GetLineFromPosition(position).LineNumber;
            return line > 0 && string.IsNullOrWhiteSpace(file.Text.Lines[line - 1].ToString());
        }
    }
}
