using System.Collections.Generic;
using Sprache;

namespace Mcred.Syntax
{
    /// <summary>A value as tokens: a word or string, and for a tagged value the string after the word.</summary>
    internal readonly struct ValueTokens
    {
        public ValueTokens(Token first, IOption<Token>? tagged = null)
        {
            First = first;
            HasTag = tagged != null && tagged.IsDefined;
            TaggedString = HasTag ? tagged!.Get() : default;
        }

        public Token First { get; }

        /// <summary>True for a tagged value: <see cref="First"/> is the tag, <see cref="TaggedString"/> the string.</summary>
        public bool HasTag { get; }

        public Token TaggedString { get; }
    }

    internal sealed class PropertyTokens
    {
        public PropertyTokens(Token name, ValueTokens first, IEnumerable<ValueTokens> rest)
        {
            Name = name;
            First = first;
            Rest = rest;
        }

        public Token Name { get; }
        public ValueTokens First { get; }
        public IEnumerable<ValueTokens> Rest { get; }
    }

    internal sealed class DeclarationTokens
    {
        public DeclarationTokens(Token keyword, Token id, IOption<Token> displayName, Token open, IEnumerable<PropertyTokens?> body, Token close)
        {
            Open = open;
            Keyword = keyword;
            Id = id;
            DisplayName = displayName;
            Body = body;
            Close = close;
        }

        public Token Keyword { get; }
        public Token Id { get; }
        public IOption<Token> DisplayName { get; }
        public Token Open { get; }
        public IEnumerable<PropertyTokens?> Body { get; }
        public Token Close { get; }
    }

    /// <summary>
    /// The grammar of one declaration, as Sprache parsers over tokens. The parsers are built once (static);
    /// XOr and XMany make a failure after consumed input final, so the error is reported where it is.
    /// </summary>
    internal static class Grammar
    {
        private static Parser<Token> Kind(TokenKind kind, string expected)
        {
            var expectations = new[] { expected };
            return input =>
            {
                var i = (TokenInput)input;
                return i.Token.Kind == kind && !i.AtEnd
                    ? Result.Success(i.Token, i.Advance())
                    : Result.Failure<Token>(input, "unexpected token", expectations);
            };
        }

        private static Parser<Token> Where(System.Func<Token, bool> accept, string expected)
        {
            var expectations = new[] { expected };
            return input =>
            {
                var i = (TokenInput)input;
                return !i.AtEnd && accept(i.Token)
                    ? Result.Success(i.Token, i.Advance())
                    : Result.Failure<Token>(input, "unexpected token", expectations);
            };
        }

        /// <summary>Succeeds without consuming where a property line may end: before '}' or the end of the chunk.</summary>
        private static Parser<Token> BeforeCloseOrEnd(string expected)
        {
            var expectations = new[] { expected };
            return input =>
            {
                var i = (TokenInput)input;
                return i.AtEnd || i.Token.Kind == TokenKind.CloseBrace
                    ? Result.Success(i.Token, input)
                    : Result.Failure<Token>(input, "unexpected token", expectations);
            };
        }

        internal static readonly Parser<Token> NewLine = Kind(TokenKind.NewLine, "end of line");
        private static readonly Parser<Token> Comma = Kind(TokenKind.Comma, "','");
        private static readonly Parser<Token> OpenBrace = Kind(TokenKind.OpenBrace, "'{'");
        private static readonly Parser<Token> CloseBrace = Kind(TokenKind.CloseBrace, "a property or '}'");
        private static readonly Parser<Token> Keyword = Kind(TokenKind.Identifier, "a declaration keyword (" + Keywords.AllForMessages + ")");
        private static readonly Parser<Token> Id = Kind(TokenKind.Identifier, "an identifier (the declaration's ID)");
        private static readonly Parser<Token> PropertyName = Kind(TokenKind.Identifier, "a property name");
        private static readonly Parser<Token> StringToken = Where(t => t.IsString, "a string");
        private static readonly Parser<Token> Word = Where(t => t.IsWord, "a value");

        /// <summary>A word, optionally followed by a string (a tagged value), or a string.</summary>
        private static readonly Parser<ValueTokens> Value =
            (from word in Word
             from tagged in StringToken.XOptional()
             select new ValueTokens(word, tagged))
            .XOr(StringToken.Select(s => new ValueTokens(s)))
            .Named("a value");

        private static Parser<Token> LineEnd(string expected) =>
            NewLine.XOr(BeforeCloseOrEnd(expected)).Named(expected);

        /// <summary>After the values: an optional trailing comma, then the end of the line.</summary>
        private static readonly Parser<Token> ListEnd =
            Comma.Then(_ => LineEnd("a value or end of line")).XOr(LineEnd("end of line")).Named("',' or end of line");

        private static readonly Parser<PropertyTokens> Property =
            from name in PropertyName
            from first in Value
            from rest in (from comma in Comma from value in Value select value).Many()
            from end in ListEnd
            select new PropertyTokens(name, first, rest);

        private static readonly Parser<PropertyTokens?> BodyLine =
            NewLine.Select(_ => (PropertyTokens?)null).XOr(Property.Select(p => (PropertyTokens?)p));

        internal static readonly Parser<DeclarationTokens> Declaration =
            from keyword in Keyword
            from id in Id
            from displayName in StringToken.XOptional()
            from breaks in NewLine.Many()
            from open in OpenBrace
            from body in BodyLine.XMany()
            from close in CloseBrace
            select new DeclarationTokens(keyword, id, displayName, open, body, close);
    }
}
