using System;
using System.Text.RegularExpressions;
using Mcred.Diagnostics;
using Mcred.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Suppressions
{
    /// <summary>The fixes about suppression comments: drop an ID that suppressed nothing, or add a comment that suppresses a finding.</summary>
    internal static class SuppressionFixes
    {
        /// <summary>
        /// Removes <paramref name="id"/> from the comment, or the whole comment line when no ID would remain (safe: it
        /// suppressed nothing, so the check's result cannot change). <paramref name="occurrence"/> says which mention of
        /// the ID goes: 0 the first, 1 its first repeat.
        /// </summary>
        internal static McredFix Remove(string path, SourceText text, SuppressionComment comment, string id, bool wholeComment, int occurrence = 0)
        {
            var span = comment.Comment.Span;
            if (wholeComment)
            {
                var line = text.Lines.GetLineFromPosition(span.Start);
                return new McredFix($"Remove the unused suppression comment", true, new[] { new McredTextEdit(path, line.SpanIncludingLineBreak, string.Empty) });
            }

            var commentText = text.ToString(span);
            var match = Regex.Matches(commentText, "(?<![A-Za-z0-9_-])" + Regex.Escape(id) + "(?![A-Za-z0-9_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)[occurrence];
            var start = span.Start + match.Index;
            var end = start + match.Length;
            var after = Regex.Match(commentText.Substring(match.Index + match.Length), "^[ \t]*,[ \t]*");
            if (after.Success)
            {
                end += after.Length;
            }
            else
            {
                var before = Regex.Match(commentText.Substring(0, match.Index), "[ \t]*,[ \t]*$");
                if (before.Success)
                {
                    start -= before.Length;
                }
            }

            return new McredFix(occurrence == 0 ? $"Remove {id} from the suppression comment" : $"Remove the repeated {id} from the suppression comment", true, new[] { new McredTextEdit(path, TextSpan.FromBounds(start, end), string.Empty) });
        }

        /// <summary>
        /// A comment above the diagnostic's line that suppresses it there (not safe: it hides a finding; the reason is
        /// the user's to write). Null for what comments cannot suppress (compiler diagnostics, MCR1018).
        /// </summary>
        public static McredFix? Suppress(McredDiagnostic diagnostic, SourceText text)
        {
            if (!diagnostic.Info.IsConfigurable || diagnostic.Id == Rules.BuiltIn.UnusedSuppressionRule.Code || diagnostic.Location.Span.End > text.Length)
            {
                return null;
            }

            var line = text.Lines.GetLineFromPosition(diagnostic.Location.Span.Start);
            var lineText = text.ToString(line.Span);
            var indent = lineText.Substring(0, lineText.Length - lineText.TrimStart(' ', '\t').Length);
            var newLine = Formatter.DetectNewLine(text.ToString());
            var comment = $"{indent}# {SuppressionComment.NextLine} {diagnostic.Id} -- reason{newLine}";
            return new McredFix($"Suppress {diagnostic.Id} on this line", false, new[] { new McredTextEdit(diagnostic.Location.Path, new TextSpan(line.Start, 0), comment) });
        }
    }
}
