using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>Why a string token is malformed.</summary>
    internal enum StringError : byte
    {
        None,
        Unterminated,
        UnterminatedBlock,
        UnknownEscape,
        Nul,
    }

    /// <summary>One lexed token: a kind and where it stands in the text.</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, int start, int length, StringError error = StringError.None, int errorOffset = -1)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Error = error;
            ErrorOffset = errorOffset;
        }

        public TokenKind Kind { get; }
        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;
        public TextSpan Span => new TextSpan(Start, Length);

        /// <summary>For <see cref="TokenKind.BadString"/>: what is wrong.</summary>
        public StringError Error { get; }

        /// <summary>For <see cref="TokenKind.BadString"/>: where the error is reported (the quote or the backslash).</summary>
        public int ErrorOffset { get; }

        public bool IsWord => Kind <= TokenKind.InvalidWord;
        public bool IsString => Kind == TokenKind.String || Kind == TokenKind.BlockString;
    }
}
