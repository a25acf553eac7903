using System.Collections.Generic;
using Mcred.Rules;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Suppressions
{
    /// <summary><c># mcred-disable-next-line ID[, ID] [-- reason]</c> or <c># mcred-disable-file ID[, ID] [-- reason]</c>.</summary>
    internal sealed class SuppressionComment
    {
        public const string NextLine = "mcred-disable-next-line";
        public const string File = "mcred-disable-file";

        private SuppressionComment(Comment comment, bool isFileWide, List<string> ids, List<string> repeats, int targetLine)
        {
            Repeats = repeats;
            Comment = comment;
            IsFileWide = isFileWide;
            Ids = ids;
            TargetLine = targetLine;
            Used = new bool[ids.Count];
        }

        public Comment Comment { get; }
        public bool IsFileWide { get; }

        /// <summary>The IDs named, upper-case, in the order written, each once.</summary>
        public List<string> Ids { get; }

        /// <summary>Each ID named again after its first time (once per repeat): it suppresses nothing more.</summary>
        public List<string> Repeats { get; }

        /// <summary>For next-line suppressions: the 0-based line suppressed (-1 when no code line follows).</summary>
        public int TargetLine { get; }

        /// <summary>Per ID: whether it suppressed something.</summary>
        public bool[] Used { get; }

        /// <summary>
        /// Reads a comment. Returns null when it is no suppression comment; sets <paramref name="error"/> when it is one
        /// but malformed (unknown directive or ID, junk after the IDs, no IDs).
        /// </summary>
        public static SuppressionComment? TryRead(Comment comment, SourceText text, RuleRegistry registry, out string? error)
        {
            error = null;
            var body = comment.Text;
            var marker = body.IndexOf(Comment.NestedExpectMarker, System.StringComparison.Ordinal);
            if (marker >= 0)
            {
                body = body.Substring(0, marker);
            }

            var pos = SkipBlanks(body, 0);
            if (!comment.IsOwnLine || string.CompareOrdinal(body, pos, "mcred-disable", 0, 13) != 0)
            {
                return null;
            }

            var directiveEnd = pos;
            while (directiveEnd < body.Length && !char.IsWhiteSpace(body[directiveEnd]))
            {
                directiveEnd++;
            }

            var directive = body.Substring(pos, directiveEnd - pos);
            if (directive != NextLine && directive != File)
            {
                error = $"unknown suppression '{directive}': use '{NextLine}' or '{File}'";
                return null;
            }

            var repeats = new List<string>();
            var ids = ReadIds(body, directiveEnd, registry, repeats, out error);
            if (ids == null)
            {
                return null;
            }

            var isFile = directive == File;
            var target = isFile ? -1 : CodeLines.NextAfter(text, text.Lines.GetLineFromPosition(comment.Span.Start).LineNumber);
            return new SuppressionComment(comment, isFile, ids, repeats, target);
        }

        private static List<string>? ReadIds(string body, int pos, RuleRegistry registry, List<string> repeats, out string? error)
        {
            error = null;
            var ids = new List<string>();
            while (true)
            {
                pos = SkipBlanks(body, pos);
                var start = pos;
                while (pos < body.Length && char.IsLetterOrDigit(body[pos]))
                {
                    pos++;
                }

                if (pos == start)
                {
                    break;
                }

                var id = body.Substring(start, pos - start).ToUpperInvariant();
                if (registry.Find(id) == null)
                {
                    error = $"unknown diagnostic ID '{body.Substring(start, pos - start)}' in suppression comment";
                    return null;
                }

                (ids.Contains(id) ? repeats : ids).Add(id);
                pos = SkipBlanks(body, pos);
                if (pos < body.Length && body[pos] == ',')
                {
                    pos++;
                    continue;
                }

                break;
            }

            pos = SkipBlanks(body, pos);
            if (ids.Count == 0)
            {
                error = "suppression comment names no diagnostic ID: list the IDs to suppress, e.g. MCR1003";
                return null;
            }

            if (pos < body.Length && string.CompareOrdinal(body, pos, "--", 0, 2) != 0)
            {
                error = $"unexpected '{body.Substring(pos).Trim()}' after the IDs of a suppression comment: write a reason after '--'";
                return null;
            }

            return ids;
        }

        private static int SkipBlanks(string s, int pos)
        {
            while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t'))
            {
                pos++;
            }

            return pos;
        }
    }
}
