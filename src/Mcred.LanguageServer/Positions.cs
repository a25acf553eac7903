using System;
using Mcred.LanguageServer.Protocol;
using Range = Mcred.LanguageServer.Protocol.Range;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// LSP positions (zero-based line, UTF-16 character) to text offsets and back. SourceText counts UTF-16 code units
    /// too, so the mapping is exact; positions past a line's end or the document's end are clamped, never an error.
    /// </summary>
    internal static class Positions
    {
        public static int ToOffset(SourceText text, Position position)
        {
            if (position.Line < 0)
            {
                return 0;
            }

            if (position.Line >= text.Lines.Count)
            {
                return text.Length;
            }

            var line = text.Lines[position.Line];
            return line.Start + Math.Max(0, Math.Min(position.Character, line.End - line.Start));
        }

        public static TextSpan ToSpan(SourceText text, Range range)
        {
            var start = ToOffset(text, range.Start);
            var end = Math.Max(start, ToOffset(text, range.End));
            return TextSpan.FromBounds(start, end);
        }

        public static Range ToRange(SourceText text, TextSpan span) => ToRange(text.Lines.GetLinePositionSpan(span));

        public static Range ToRange(LinePositionSpan span) =>
            new Range(new Position(span.Start.Line, span.Start.Character), new Position(span.End.Line, span.End.Character));
    }
}
