using System;
using System.Collections.Generic;
using Sprache;

namespace Mcred.Syntax
{
    /// <summary>The tokens of one declaration chunk, [Start, End), as Sprache input.</summary>
    internal sealed class TokenStream
    {
        private readonly TokenInput?[] _inputs;

        public TokenStream(LexedText lexed, int start, int end, int nextEnd = -1)
        {
            NextEnd = nextEnd < 0 ? end : nextEnd;
            Lexed = lexed;
            Start = start;
            End = end;
            _inputs = new TokenInput?[end - start + 1];
        }

        public LexedText Lexed { get; }
        public int Start { get; }

        /// <summary>The index of the next chunk's keyword, or of EndOfFile: the chunk's end, never part of it.</summary>
        public int End { get; }

        /// <summary>The end of the next chunk (for messages that look at the declaration that follows); <see cref="End"/> when there is none.</summary>
        public int NextEnd { get; }

        /// <summary>
        /// The input at a token, one object per position: Sprache revisits positions (alternatives, XMany's last
        /// try), and a position visited again costs no allocation.
        /// </summary>
        public TokenInput At(int index)
        {
            var slot = Math.Min(index, End) - Start;
            return _inputs[slot] ??= new TokenInput(this, Math.Min(index, End));
        }

        public Token TokenAt(int index) =>
            index < End ? Lexed.Tokens[index] : new Token(TokenKind.EndOfFile, Lexed.Tokens[End].Start, 0);
    }

    /// <summary>
    /// Sprache input whose unit is a token, not a character: the grammar's primitives read one token,
    /// so Sprache's combinators run per token and allocate per token.
    /// </summary>
    internal sealed class TokenInput : IInput
    {
        public TokenInput(TokenStream stream, int index)
        {
            Stream = stream;
            Index = index;
        }

        public TokenStream Stream { get; }
        public int Index { get; }
        public Token Token => Stream.TokenAt(Index);

        public string Source => Stream.Lexed.Text;
        public char Current => Token.Length > 0 ? Source[Token.Start] : '\0';
        public bool AtEnd => Index >= Stream.End;
        public int Position => Token.Start;

        // Sprache only uses these in its own error texts, which mcred does not show: positions come from SourceText.
        public int Line => 0;
        public int Column => 0;

        // Only Sprache's Memoize reads this, and the grammar does not memoize: no field, so every input stays small.
        public IDictionary<object, object> Memos => new Dictionary<object, object>();

        public IInput Advance() => AtEnd ? this : Stream.At(Index + 1);

        public bool Equals(IInput? other) => ReferenceEquals(this, other) || (other is TokenInput t && t.Index == Index && ReferenceEquals(t.Stream, Stream));
        public override bool Equals(object? obj) => Equals(obj as IInput);
        public override int GetHashCode() => Index;
    }
}
