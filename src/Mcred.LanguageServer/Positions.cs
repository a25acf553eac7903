using System;
using Mcred.LanguageServer.Protocol;
using Mcred.Tooling.Language;
using Microsoft.CodeAnalysis.Text;
using Range = Mcred.LanguageServer.Protocol.Range;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// LSP positions (zero-based line, UTF-16 character) to text offsets. SourceText counts UTF-16 code units too, so
    /// the mapping is exact; positions past a line's end or the document's end are clamped, never an error.
    /// </summary>
    internal static class Positions
    {
        public static int ToOffset(SourceText text, Position position) => PlanSnapshot.OffsetOf(text, position.Line, position.Character);

        public static TextSpan ToSpan(SourceText text, Range range)
        {
            var start = ToOffset(text, range.Start);
            var end = Math.Max(start, ToOffset(text, range.End));
            return TextSpan.FromBounds(start, end);
        }
    }
}
