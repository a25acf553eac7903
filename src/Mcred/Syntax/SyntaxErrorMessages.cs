using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>Words for MCR0001: what was expected and what was found, at the token that does not fit.</summary>
    internal static class SyntaxErrorMessages
    {
        public static SyntaxError At(TokenStream stream, int index, IEnumerable<string> expectations, string? openDeclaration)
        {
            var token = stream.TokenAt(index);
            var text = stream.Lexed.Text;
            if (token.Kind == TokenKind.BadString)
            {
                return LexicalError(text, token);
            }

            var expected = string.Join(" or ", expectations.Distinct());
            var found = Describe(stream, index);
            if (index >= stream.End && openDeclaration != null && expected.Contains("'}'"))
            {
                return new SyntaxError(new TextSpan(token.Start, 0), $"missing '}}' to close {openDeclaration}: found {found}");
            }

            return new SyntaxError(token.Span, $"expected {expected}, found {found}");
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
                    : $"the next declaration '{stream.Lexed.TextOf(next)}'";
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
                    return char.IsControl(c) || c == '\uFFFD' || char.IsWhiteSpace(c)
                        ? $"character U+{(int)c:X4}"
                        : $"'{text.Substring(token.Start, token.Length)}'";
                default:
                    return "'" + Abbreviate(text.Substring(token.Start, token.Length)) + "'";
            }
        }

        private static string Abbreviate(string s) => s.Length <= 40 ? s : s.Substring(0, 37) + "...";
    }
}
