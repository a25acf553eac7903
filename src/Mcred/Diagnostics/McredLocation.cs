using Microsoft.CodeAnalysis.Text;

namespace Mcred.Diagnostics
{
    /// <summary>
    /// Where a diagnostic is: a file, a span and its line span as Roslyn's <see cref="SourceText.Lines"/> computes it,
    /// so the CLI and the analyzer agree to the UTF-16 column. Lines and columns here are 1-based; ends are exclusive.
    /// </summary>
    public sealed class McredLocation
    {
        public McredLocation(string path, TextSpan span, LinePositionSpan lineSpan)
        {
            Path = path;
            Span = span;
            LineSpan = lineSpan;
        }

        public static McredLocation In(string path, SourceText text, TextSpan span)
        {
            var clamped = TextSpan.FromBounds(System.Math.Min(span.Start, text.Length), System.Math.Min(span.End, text.Length));
            return new McredLocation(path, clamped, text.Lines.GetLinePositionSpan(clamped));
        }

        public string Path { get; }
        public TextSpan Span { get; }

        /// <summary>0-based, as Roslyn keeps it.</summary>
        public LinePositionSpan LineSpan { get; }

        public int Line => LineSpan.Start.Line + 1;
        public int Column => LineSpan.Start.Character + 1;
        public int EndLine => LineSpan.End.Line + 1;
        public int EndColumn => LineSpan.End.Character + 1;
    }
}
