using System.Collections.Generic;
using System.Linq;
using Mcred.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>
    /// Words for MCR0001: what was expected and what was found, at the token that does not fit, and where a common
    /// mistake is recognisable, what to write instead (rustc's and Elm's habit).
    /// </summary>
    internal static class SyntaxErrorMessages
    {
        public static SyntaxError At(TokenStream stream, int index, IEnumerable<string> expectations, OpenDeclaration? open)
        {
            var token = stream.TokenAt(index);
            var text = stream.Lexed.Text;
            if (token.Kind == TokenKind.BadString)
            {
                return LexicalError(text, token);
            }

            var expected = string.Join(" or ", expectations.Distinct());
            var found = Describe(stream, index);
            if (open != null)
            {
                if (index >= stream.End && expected.Contains("'}'"))
                {
                    return MissingCloseBrace(stream, token, open, found);
                }

                if (IndentedDeclaration(stream, index) is int keywordIndex)
                {
                    var keyword = stream.TokenAt(keywordIndex);
                    return new SyntaxError(keyword.Span,
                        $"missing '}}' to close {open.Display} (line {open.Line}): found the declaration '{stream.Lexed.TextOf(keyword)} {stream.Lexed.TextOf(stream.TokenAt(keywordIndex + 1))}' indented; a declaration starts in column 1");
                }

                if (expected == "'{'" && HeaderHasNoBody(stream, index))
                {
                    return new SyntaxError(open.IdSpan, NoBodyMessage(stream, open));
                }
            }

            var message = $"expected {expected}, found {found}";
            if (PasteSlips.Recognise(stream, index, token) is Slip slip)
            {
                return new SyntaxError(token.Span, message + ": " + slip.Hint, slip.Fix);
            }

            var hint = Hint(stream, index, token);
            return new SyntaxError(token.Span, hint == null ? message : message + ": " + hint);
        }

        /// <summary><c>skil s1 {</c>: a header whose first word is no keyword.</summary>
        public static SyntaxError UnknownKind(LexedText lexed, Token word)
        {
            var text = lexed.TextOf(word);
            var lower = text.ToLowerInvariant();
            string hint;
            if (lower != text && Keywords.All.Contains(lower))
            {
                hint = $"keywords are lower-case: write '{lower}'";
            }
            else
            {
                var near = Suggestions.Nearest(lower, Keywords.All);
                hint = near != null ? $"did you mean '{near}'?" : "a declaration starts with " + Keywords.AllForMessages;
            }

            return new SyntaxError(word.Span, $"unknown declaration kind '{Abbreviate(text)}': {hint}");
        }

        private static SyntaxError MissingCloseBrace(TokenStream stream, Token token, OpenDeclaration open, string found)
        {
            var message = $"missing '}}' to close {open.Display} (line {open.Line}): found {found}";
            if (stream.End < stream.Lexed.TokenCount - 1 && NextLooksLikeProperty(stream))
            {
                message += "; a line that starts in column 1 with a keyword starts a declaration: indent properties";
            }

            return new SyntaxError(new TextSpan(token.Start, 0), message);
        }

        /// <summary>The next chunk is <c>keyword value</c> with no brace on its line and a '}' later: a property in column 1.</summary>
        private static bool NextLooksLikeProperty(TokenStream stream)
        {
            var tokens = stream.Lexed.Tokens;
            var i = stream.End + 1;
            var last = stream.NextEnd; // only the next declaration: a scan to the end of the file per error would be quadratic
            while (i < last && tokens[i].Kind != TokenKind.NewLine)
            {
                if (tokens[i].Kind == TokenKind.OpenBrace)
                {
                    return false;
                }

                i++;
            }

            for (; i < last; i++)
            {
                if (tokens[i].Kind == TokenKind.OpenBrace)
                {
                    return false;
                }

                if (tokens[i].Kind == TokenKind.CloseBrace)
                {
                    return true;
                }
            }

            return false;
        }

        private static string NoBodyMessage(TokenStream stream, OpenDeclaration open)
        {
            var message = $"{open.Display} has no body: write '{{' at the end of the header and '}}' after its properties";
            return ClosesLater(stream)
                ? message + "; if this line is meant as a property of the declaration above, indent it"
                : message;
        }

        /// <summary>The header's line ended before any '{'.</summary>
        private static bool HeaderHasNoBody(TokenStream stream, int index)
        {
            for (var i = stream.Start; i < index && i < stream.End; i++)
            {
                if (stream.TokenAt(i).Kind == TokenKind.NewLine)
                {
                    return true;
                }
            }

            return index >= stream.End;
        }

        /// <summary>A '}' follows in this chunk: the header was probably a property written in column 1.</summary>
        private static bool ClosesLater(TokenStream stream)
        {
            for (var i = stream.Start; i < stream.End; i++)
            {
                if (stream.TokenAt(i).Kind == TokenKind.CloseBrace)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A property line <c>keyword ID {</c> inside a body: the next declaration, indented. Returns the keyword's index.</summary>
        private static int? IndentedDeclaration(TokenStream stream, int index)
        {
            var lineStart = LineStart(stream, index);
            if (lineStart + 2 >= stream.End || lineStart == stream.Start)
            {
                return null;
            }

            var keyword = stream.TokenAt(lineStart);
            var isKeyword = keyword.Kind == TokenKind.Identifier && Keywords.TryGetKind(stream.Lexed.Text, keyword.Start, keyword.Length, out _);
            if (!isKeyword || stream.TokenAt(lineStart + 1).Kind != TokenKind.Identifier)
            {
                return null;
            }

            for (var i = lineStart + 2; i < stream.End && stream.TokenAt(i).Kind != TokenKind.NewLine; i++)
            {
                if (stream.TokenAt(i).Kind == TokenKind.OpenBrace)
                {
                    return lineStart;
                }
            }

            return null;
        }

        /// <summary>The first token of the line that holds <paramref name="index"/> (after a line break or the '{').</summary>
        internal static int LineStart(TokenStream stream, int index)
        {
            var i = System.Math.Min(index, stream.End);
            while (i > stream.Start)
            {
                var kind = stream.TokenAt(i - 1).Kind;
                if (kind == TokenKind.NewLine || kind == TokenKind.OpenBrace)
                {
                    break;
                }

                i--;
            }

            return i;
        }

        /// <summary>What to write instead, for mistakes that have a recognisable shape.</summary>
        private static string? Hint(TokenStream stream, int index, Token token)
        {
            var text = stream.Lexed.Text;
            var previous = index > stream.Start ? stream.TokenAt(index - 1) : default;
            if (token.Kind == TokenKind.Other && token.Start == previous.End && previous.IsWord && char.IsLetter(text, token.Start))
            {
                return "IDs and other words use ASCII letters, digits, '-' and '_'";
            }

            var lineStart = LineStart(stream, index);
            if (lineStart >= index || lineStart >= stream.End)
            {
                return null;
            }

            var name = stream.TokenAt(lineStart);
            if (name.Kind != TokenKind.Identifier)
            {
                return null;
            }

            var property = stream.Lexed.TextOf(name);
            switch (property)
            {
                case "half-life" when token.Kind == TokenKind.Other && text[token.Start] == '.':
                    return "a half-life is whole years or months: write '18mo' rather than '1.5y'";
                case "half-life":
                    return "durations are written '18mo' or '3y'";
                case "reviewed":
                    return "dates are written YYYY-MM-DD, e.g. '2026-01-15'";
                default:
                    return null;
            }
        }

        public static SyntaxError LexicalError(string text, Token token)
        {
            switch (token.Error)
            {
                case StringError.UnknownEscape:
                    var escaped = token.ErrorOffset + 1 < text.Length && !CharFacts.IsLineBreak(text[token.ErrorOffset + 1])
                        ? text[token.ErrorOffset + 1].ToString()
                        : string.Empty;
                    return new SyntaxError(
                        new TextSpan(token.ErrorOffset, escaped.Length + 1),
                        $"unknown escape '\\{escaped}' in string: use \\\", \\\\, \\n or \\t");
                case StringError.Nul:
                    return new SyntaxError(new TextSpan(token.ErrorOffset, 1), "NUL character (U+0000) in string: remove it (a string holds text only)");
                case StringError.UnterminatedBlock:
                    return new SyntaxError(new TextSpan(token.Start, 3), "unterminated block string: add the closing \"\"\"");
                default:
                    return new SyntaxError(new TextSpan(token.Start, 1), "unterminated string: add the closing '\"' on the same line, or use a \"\"\" block string");
            }
        }

        public static string Describe(TokenStream stream, int index)
        {
            if (index >= stream.End)
            {
                var next = stream.Lexed.Tokens[stream.End];
                return next.Kind == TokenKind.EndOfFile
                    ? "end of file"
                    : $"the next declaration '{Abbreviate(stream.Lexed.TextOf(next))}'";
            }

            return Describe(stream.Lexed.Text, stream.TokenAt(index));
        }

        public static string Describe(string text, Token token)
        {
            switch (token.Kind)
            {
                case TokenKind.EndOfFile:
                    return "end of file";
                case TokenKind.NewLine:
                    return "end of line";
                case TokenKind.String:
                case TokenKind.BlockString:
                    return "string " + Abbreviate(text.Substring(token.Start, token.Length));
                case TokenKind.Other:
                    var c = text[token.Start];
                    return char.IsControl(c) || c == '\uFFFD' || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                        ? $"character U+{(int)c:X4}"
                        : $"'{text.Substring(token.Start, token.Length)}'";
                default:
                    return "'" + Abbreviate(text.Substring(token.Start, token.Length)) + "'";
            }
        }

        private static string Abbreviate(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";
    }
}
