using System.Collections.Generic;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Fixtures
{
    /// <summary>
    /// Reads <c># expect: ID[, ID]</c> comments: at the end of a line they expect the diagnostics on that line; on a
    /// line of their own, on the next line that is neither blank nor only a comment.
    /// </summary>
    internal static class ExpectationReader
    {
        private const string Marker = "expect:";

        public static List<Expectation> Read(SyntaxFile file)
        {
            var expectations = new List<Expectation>();
            foreach (var comment in file.Comments)
            {
                var text = comment.Text.TrimStart();
                var line = file.Text.Lines.GetLineFromPosition(comment.Span.Start).LineNumber;
                int target;
                if (text.StartsWith(Marker, System.StringComparison.Ordinal))
                {
                    var next = CodeLines.NextAfter(file.Text, line);
                    target = !comment.IsOwnLine ? line : next >= 0 ? next : file.Text.Lines.Count;
                }
                else
                {
                    var nested = text.IndexOf(Comment.NestedExpectMarker, System.StringComparison.Ordinal);
                    if (nested < 0)
                    {
                        continue;
                    }

                    text = text.Substring(nested + 2);
                    target = line;
                }

                foreach (var part in text.Substring(Marker.Length).Split(','))
                {
                    var id = part.Trim();
                    if (id.Length > 0)
                    {
                        expectations.Add(new Expectation(target + 1, id.ToUpperInvariant()));
                    }
                }
            }

            return expectations;
        }
    }
}
