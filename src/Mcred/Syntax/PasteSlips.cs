using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>
    /// The slips of text copied from a document or another language: curly or single quotes, <c>kind: employer</c>, a
    /// list broken over lines, a block pasted with its indentation, invisible characters. Each is recognised at the
    /// token the parser stopped on and named in the user's terms, with a fix wherever the intent is certain.
    /// </summary>
    internal static class PasteSlips
    {
        private const string CurlyDoubleClosers = "\u201D\u201C\u2033\u201F";
        private const string CurlySingleClosers = "\u2019\u2018\u201B";

        public static Slip? Recognise(TokenStream stream, int index, Token token)
        {
            if (index >= stream.End)
            {
                return null;
            }

            var text = stream.Lexed.Text;
            if (token.Kind == TokenKind.Other)
            {
                return Character(stream, index, token, text[token.Start]);
            }

            return IndentedHeader(stream, token) ?? ListSlips.Recognise(stream, index, token);
        }

        private static Slip? Character(TokenStream stream, int index, Token token, char c)
        {
            var text = stream.Lexed.Text;
            switch (c)
            {
                case '\u201C':
                case '\u201E':
                case '\u201F':
                case '\u2033':
                    return Quoted(text, token.Start, CurlyDoubleClosers, "curly quotes do not make a string: write straight quotes, \"...\"", "Replace the curly quotes with straight quotes");
                case '\u2018':
                case '\u201A':
                case '\u201B':
                    return Quoted(text, token.Start, CurlySingleClosers, "curly quotes do not make a string: write straight double quotes, \"...\"", "Replace the curly quotes with straight double quotes");
                case '\'':
                    return Quoted(text, token.Start, "'", "strings use double quotes: write \"...\"", "Use double quotes");
                case ':':
                case '=':
                    return Separator(stream, index, token, c);
                case '[':
                    return Bracketed(stream, index, token);
                case '\u00A0':
                case '\u2007':
                case '\u202F':
                    return Invisible(text, token.Start, c, " ", "a non-breaking space, as pasted from a document: use plain spaces", "Replace the non-breaking spaces with spaces");
                case '\uFEFF':
                    return Invisible(text, token.Start, c, string.Empty, "a byte order mark (U+FEFF), left by joining or pasting files: delete it", "Delete the byte order mark");
                case '\u200B':
                case '\u200C':
                case '\u200D':
                case '\u2060':
                    return Invisible(text, token.Start, c, string.Empty, "an invisible zero-width character, as pasted from a web page: delete it", "Delete the invisible character");
                default:
                    return null;
            }
        }

        /// <summary>A string opened by the wrong quote at <paramref name="open"/>; closed by the last of <paramref name="closers"/> on its line.</summary>
        private static Slip Quoted(string text, int open, string closers, string hint, string title)
        {
            var lineEnd = LineEnd(text, open);
            var close = lineEnd - 1 > open ? text.LastIndexOfAny(closers.ToCharArray(), lineEnd - 1, lineEnd - 1 - open) : -1;
            if (close <= open)
            {
                return new Slip(hint);
            }

            var inner = text.Substring(open + 1, close - open - 1);
            var literal = "\"" + inner.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
            return new Slip(hint, new SyntaxFix(title, TextSpan.FromBounds(open, close + 1), literal));
        }

        /// <summary><c>kind: employer</c> or <c>kind = employer</c>: a separator between a property's name and its value.</summary>
        private static Slip? Separator(TokenStream stream, int index, Token token, char c)
        {
            if (index == stream.Start || SyntaxErrorMessages.LineStart(stream, index) != index - 1)
            {
                return null;
            }

            var name = stream.TokenAt(index - 1);
            if (name.Kind != TokenKind.Identifier)
            {
                return null;
            }

            var lexed = stream.Lexed;
            var property = lexed.TextOf(name);
            var value = stream.TokenAt(index + 1);
            var spelled = value.Kind == TokenKind.NewLine || index + 1 >= stream.End ? "VALUE" : MessageTextOf(lexed, value);
            var hint = $"a property and its value are separated by a space, not '{c}': write '{property} {spelled}'";
            if (spelled == "VALUE")
            {
                return new Slip(hint);
            }

            return new Slip(hint, new SyntaxFix($"Remove the '{c}'", TextSpan.FromBounds(name.End, value.Start), " "));
        }

        /// <summary><c>skills [a, b]</c>, as JSON or YAML write a list.</summary>
        private static Slip? Bracketed(TokenStream stream, int index, Token token)
        {
            var text = stream.Lexed.Text;
            if (index == stream.Start || SyntaxErrorMessages.LineStart(stream, index) != index - 1 || stream.TokenAt(index - 1).Kind != TokenKind.Identifier)
            {
                return null;
            }

            var close = text.IndexOf(']', token.End, LineEnd(text, token.Start) - token.End);
            if (close < 0)
            {
                return new Slip("a list is written without brackets: write its values separated by commas");
            }

            var values = text.Substring(token.End, close - token.End).Trim();
            var property = stream.Lexed.TextOf(stream.TokenAt(index - 1));
            var shown = property + " " + values;
            var hint = shown.Length <= 60 ? $"a list is written without brackets: write '{shown}'" : "a list is written without brackets: write its values separated by commas";
            return new Slip(hint, new SyntaxFix("Remove the brackets", TextSpan.FromBounds(token.Start, close + 1), values));
        }

        private static string MessageTextOf(LexedText lexed, Token token)
        {
            var text = lexed.TextOf(token);
            return text.Length <= 40 ? text : text.Substring(0, 37) + "...";
        }

        /// <summary>An invisible or look-alike character: every one of them on the line goes (or becomes a space).</summary>
        private static Slip Invisible(string text, int at, char c, string replacement, string hint, string title)
        {
            var start = LineStart(text, at);
            var end = LineEnd(text, at);
            var edits = new List<(TextSpan, string)>();
            for (var i = start; i < end; i++)
            {
                if (text[i] == c)
                {
                    edits.Add((new TextSpan(i, 1), replacement));
                }
            }

            return new Slip(hint, new SyntaxFix(title, edits));
        }

        /// <summary>
        /// A declaration keyword with white space before it (a block pasted with its indentation): declarations start
        /// in column 1. The fix takes the indentation the pasted lines share off every one of them.
        /// </summary>
        private static Slip? IndentedHeader(TokenStream stream, Token token)
        {
            var lexed = stream.Lexed;
            var text = lexed.Text;
            if (token.Kind != TokenKind.Identifier || !Keywords.TryGetKind(text, token.Start, token.Length, out _))
            {
                return null;
            }

            var lineStart = LineStart(text, token.Start);
            if (lineStart == token.Start || !IsBlank(text, lineStart, token.Start))
            {
                return null;
            }

            var keyword = lexed.TextOf(token);
            var hint = $"a declaration starts in column 1: remove the indentation before '{keyword}'";
            var regionEnd = stream.End < lexed.TokenCount ? LineStart(text, stream.TokenAt(stream.End).Start) : text.Length;
            var indent = text.Substring(lineStart, token.Start - lineStart);
            var lines = new List<int>();
            for (var at = lineStart; at < regionEnd && at < text.Length; at = NextLine(text, at))
            {
                var end = LineEnd(text, at);
                if (!IsBlank(text, at, end))
                {
                    indent = CommonPrefix(indent, text, at, end);
                    lines.Add(at);
                }
            }

            if (indent.Length == 0)
            {
                return new Slip(hint, new SyntaxFix("Remove the indentation", TextSpan.FromBounds(lineStart, token.Start), string.Empty));
            }

            var edits = new List<(TextSpan, string)>(lines.Count);
            foreach (var at in lines)
            {
                edits.Add((new TextSpan(at, indent.Length), string.Empty));
            }

            return new Slip(hint, new SyntaxFix("Remove the pasted indentation", edits));
        }

        /// <summary>The part of <paramref name="indent"/> the line [start, end) also begins with.</summary>
        private static string CommonPrefix(string indent, string text, int start, int end)
        {
            var n = 0;
            while (n < indent.Length && start + n < end && text[start + n] == indent[n])
            {
                n++;
            }

            return indent.Substring(0, n);
        }

        private static bool IsBlank(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (!CharFacts.IsBlank(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static int LineStart(string text, int at)
        {
            var i = at;
            while (i > 0 && !CharFacts.IsLineBreak(text[i - 1]))
            {
                i--;
            }

            return i;
        }

        internal static int LineEnd(string text, int at)
        {
            var i = at;
            while (i < text.Length && !CharFacts.IsLineBreak(text[i]))
            {
                i++;
            }

            return i;
        }

        private static int NextLine(string text, int at)
        {
            var end = LineEnd(text, at);
            return end < text.Length ? end + CharFacts.LineBreakLength(text, end, text.Length) : text.Length;
        }
    }
}
