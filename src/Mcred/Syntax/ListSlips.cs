using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>
    /// A list broken over lines, in each of its shapes: a comma at the end of a line, a comma at the start of the next,
    /// the values on the lines below the property, a value alone on a line indented under the one above. A list stays
    /// on one line (or repeats its property); the fix joins it.
    /// </summary>
    internal static class ListSlips
    {
        private const int LongestSpelledOut = 60;

        public static Slip? Recognise(TokenStream stream, int index, Token token)
        {
            var current = Line.At(stream, index);
            if (!current.HoldsOnlyValues)
            {
                return null;
            }

            var previous = current.Previous();
            var continues = current.StartsWithComma || (previous is Line above && above.HoldsOnlyValues && above.EndsWithComma);
            var loneWord = index == current.First + 1 && token.Kind == TokenKind.NewLine && current.Count == 1;
            var opensList = loneWord && current.Next() is Line below && below.HoldsOnlyValues && below.HasComma;
            if (continues || opensList)
            {
                return Joined(stream, current);
            }

            // 'skills a' then 'b' indented under it: probably the list's next value, though no comma says so.
            if (loneWord && previous is Line property && property.IsProperty && property.HoldsOnlyValues && property.Count >= 2 && Column(stream, current.First) > Column(stream, property.First))
            {
                var word = stream.Lexed.TextOf(stream.TokenAt(current.First));
                return new Slip($"if '{word}' continues the list on the line above, write it there: '{Spell(stream, property, property)}, {word}'");
            }

            return null;
        }

        private static Slip? Joined(TokenStream stream, Line current)
        {
            var property = current;
            while ((property.StartsWithComma || property.Previous() is Line { EndsWithComma: true }) && property.Previous() is Line above && above.HoldsOnlyValues)
            {
                property = above;
            }

            if (!property.IsProperty)
            {
                return null;
            }

            var last = property;
            while (last.Next() is Line next && next.HoldsOnlyValues && (last.EndsWithComma || next.StartsWithComma || (last.First == property.First && property.Count == 1)))
            {
                last = next;
            }

            var joined = Spell(stream, property, last);
            var name = stream.Lexed.TextOf(stream.TokenAt(property.First));
            if (joined == name)
            {
                return null;
            }

            var hint = joined.Length <= LongestSpelledOut
                ? $"a list stays on one line: write '{joined}'"
                : $"a list stays on one line: write the values of '{name}' on its line, separated by commas (or repeat '{name}' on each line)";
            var span = TextSpan.FromBounds(stream.TokenAt(property.First).Start, stream.TokenAt(last.End - 1).End);
            return HasComment(stream.Lexed, span) ? new Slip(hint) : new Slip(hint, new SyntaxFix("Join the list onto one line", span, joined));
        }

        /// <summary>The property of <paramref name="first"/> with every value up to <paramref name="last"/>, on one line.</summary>
        private static string Spell(TokenStream stream, Line first, Line last)
        {
            var lexed = stream.Lexed;
            var values = new List<string>();
            for (var i = first.First + 1; i < last.End; i++)
            {
                var token = stream.TokenAt(i);
                if (token.Kind != TokenKind.Comma && token.Kind != TokenKind.NewLine)
                {
                    values.Add(lexed.TextOf(token));
                }
            }

            var name = lexed.TextOf(stream.TokenAt(first.First));
            return values.Count == 0 ? name : name + " " + string.Join(", ", values);
        }

        private static bool HasComment(LexedText lexed, TextSpan span)
        {
            foreach (var comment in lexed.Comments)
            {
                if (span.OverlapsWith(comment.Span))
                {
                    return true;
                }
            }

            return false;
        }

        private static int Column(TokenStream stream, int index)
        {
            var start = stream.TokenAt(index).Start;
            return start - PasteSlips.LineStart(stream.Lexed.Text, start);
        }

        /// <summary>One line of a declaration's body, as token indices [First, End); End is its line break or the chunk's end.</summary>
        private readonly struct Line
        {
            private readonly TokenStream _stream;

            private Line(TokenStream stream, int first, int end)
            {
                _stream = stream;
                First = first;
                End = end;
            }

            public int First { get; }
            public int End { get; }
            public int Count => End - First;

            public bool StartsWithComma => Count > 0 && _stream.TokenAt(First).Kind == TokenKind.Comma;
            public bool EndsWithComma => Count > 0 && _stream.TokenAt(End - 1).Kind == TokenKind.Comma;
            public bool IsProperty => Count > 0 && _stream.TokenAt(First).Kind == TokenKind.Identifier;

            public bool HasComma
            {
                get
                {
                    for (var i = First; i < End; i++)
                    {
                        if (_stream.TokenAt(i).Kind == TokenKind.Comma)
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            /// <summary>Words, strings and commas only: what a list's lines hold.</summary>
            public bool HoldsOnlyValues
            {
                get
                {
                    for (var i = First; i < End; i++)
                    {
                        var token = _stream.TokenAt(i);
                        if (!token.IsWord && !token.IsString && token.Kind != TokenKind.Comma)
                        {
                            return false;
                        }
                    }

                    return Count > 0;
                }
            }

            public static Line At(TokenStream stream, int index)
            {
                var first = SyntaxErrorMessages.LineStart(stream, index);
                var end = first;
                while (end < stream.End && stream.TokenAt(end).Kind != TokenKind.NewLine)
                {
                    end++;
                }

                return new Line(stream, first, end);
            }

            /// <summary>The body line above, or null on the header's line.</summary>
            public Line? Previous() =>
                First - 2 >= _stream.Start && _stream.TokenAt(First - 1).Kind == TokenKind.NewLine ? At(_stream, First - 2) : (Line?)null;

            public Line? Next() => End + 1 < _stream.End ? At(_stream, End + 1) : (Line?)null;
        }
    }
}
