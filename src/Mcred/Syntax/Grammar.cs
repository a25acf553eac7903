using System.Collections.Generic;
using Sprache;

namespace Mcred.Syntax
{
    /// <summary>A value as tokens: a word or string, and for a tagged value the string after the word.</summary>
    internal readonly struct ValueTokens
    {
        public ValueTokens(Token first)
        {
            First = first;
            HasTag = false;
            TaggedString = default;
        }

        public ValueTokens(Token first, Token taggedString)
        {
            First = first;
            HasTag = true;
            TaggedString = taggedString;
        }

        public Token First { get; }

        /// <summary>True for a tagged value: <see cref="First"/> is the tag, <see cref="TaggedString"/> the string.</summary>
        public bool HasTag { get; }

        public Token TaggedString { get; }
    }

    internal sealed class PropertyTokens
    {
        public PropertyTokens(Token name, ValueTokens first, List<ValueTokens>? rest)
        {
            Name = name;
            First = first;
            Rest = rest;
        }

        public Token Name { get; }
        public ValueTokens First { get; }
        public List<ValueTokens>? Rest { get; }
    }

    internal sealed class DeclarationTokens
    {
        public DeclarationTokens(Token keyword, Token id, IOption<Token> displayName, Token open, List<PropertyTokens> body, Token close)
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
        public List<PropertyTokens> Body { get; }
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

        internal static readonly Parser<Token> NewLine = Kind(TokenKind.NewLine, "end of line");
        private static readonly Parser<Token> OpenBrace = Kind(TokenKind.OpenBrace, "'{'");
        private static readonly Parser<Token> CloseBrace = Kind(TokenKind.CloseBrace, "a property or '}'");
        private static readonly Parser<Token> Keyword = Kind(TokenKind.Identifier, "a declaration keyword (" + Keywords.AllForMessages + ")");
        private static readonly Parser<Token> Id = Kind(TokenKind.Identifier, "an identifier (the declaration's ID)");
        private static readonly Parser<Token> StringToken = Where(t => t.IsString, "a string");

        private static readonly string[] ValueExpected = { "a value" };
        private static readonly string[] ListEndExpected = { "',' or end of line" };
        private static readonly string[] ValueOrLineEndExpected = { "a value or end of line" };
        private static readonly string[] PropertyNameExpected = { "a property name" };

        /// <summary>
        /// One property line, <c>name value[, value...] [,]</c>, then the end of the line. This is the hot path (a
        /// workspace has millions of these tokens), so it is a hand-written Sprache primitive over the token array:
        /// one result per line, the same expectations and error positions as combinators would give.
        /// </summary>
        private static readonly Parser<PropertyTokens> Property = input =>
        {
            var start = (TokenInput)input;
            var stream = start.Stream;
            var k = start.Index;
            if (start.AtEnd || start.Token.Kind != TokenKind.Identifier)
            {
                return Result.Failure<PropertyTokens>(input, "unexpected token", PropertyNameExpected);
            }

            var name = start.Token;
            k++;
            if (!TryValue(stream, ref k, out var first))
            {
                return Result.Failure<PropertyTokens>(stream.At(k), "unexpected token", ValueExpected);
            }

            List<ValueTokens>? rest = null;
            while (true)
            {
                var kind = KindAt(stream, k);
                if (kind == TokenKind.Comma)
                {
                    var next = k + 1;
                    if (TryValue(stream, ref next, out var value))
                    {
                        (rest ??= new List<ValueTokens>()).Add(value);
                        k = next;
                        continue;
                    }

                    if (!IsLineEnd(stream, k + 1))
                    {
                        return Result.Failure<PropertyTokens>(stream.At(k + 1), "unexpected token", ValueOrLineEndExpected);
                    }

                    k++;
                    break;
                }

                if (!IsLineEnd(stream, k))
                {
                    return Result.Failure<PropertyTokens>(stream.At(k), "unexpected token", ListEndExpected);
                }

                break;
            }

            if (KindAt(stream, k) == TokenKind.NewLine)
            {
                k++;
            }

            return Result.Success(new PropertyTokens(name, first, rest), stream.At(k));
        };

        /// <summary>Blank lines and property lines, up to the closing brace (which this does not consume).</summary>
        private static readonly Parser<List<PropertyTokens>> Body = input =>
        {
            var properties = new List<PropertyTokens>();
            var current = (TokenInput)input;
            while (true)
            {
                if (!current.AtEnd && current.Token.Kind == TokenKind.NewLine)
                {
                    current = (TokenInput)current.Advance();
                    continue;
                }

                var property = Property(current);
                if (property.WasSuccessful)
                {
                    properties.Add(property.Value);
                    current = (TokenInput)property.Remainder;
                    continue;
                }

                // A line that failed after its name is the error; one that is no property ends the body.
                return property.Remainder.Equals(current)
                    ? Result.Success(properties, current)
                    : Result.Failure<List<PropertyTokens>>(property.Remainder, property.Message, property.Expectations);
            }
        };

        private static TokenKind KindAt(TokenStream stream, int index) => index < stream.End ? stream.Lexed.Tokens[index].Kind : TokenKind.EndOfFile;

        /// <summary>Where a property line may end: a line break, '}' or the end of the declaration.</summary>
        private static bool IsLineEnd(TokenStream stream, int index)
        {
            var kind = KindAt(stream, index);
            return kind == TokenKind.NewLine || kind == TokenKind.CloseBrace || kind == TokenKind.EndOfFile;
        }

        /// <summary>A word (a tagged value when a string follows it) or a string.</summary>
        private static bool TryValue(TokenStream stream, ref int index, out ValueTokens value)
        {
            value = default;
            if (index >= stream.End)
            {
                return false;
            }

            var token = stream.Lexed.Tokens[index];
            if (token.IsString)
            {
                value = new ValueTokens(token);
                index++;
                return true;
            }

            if (!token.IsWord)
            {
                return false;
            }

            index++;
            if (index < stream.End && stream.Lexed.Tokens[index].IsString)
            {
                value = new ValueTokens(token, stream.Lexed.Tokens[index]);
                index++;
                return true;
            }

            value = new ValueTokens(token);
            return true;
        }

        private static readonly Parser<IOption<Token>> DisplayName = StringToken.XOptional();
        private static readonly Parser<IEnumerable<Token>> BlankLines = NewLine.Many();

        /// <summary>
        /// <c>KIND ID ["Display name"] {</c> body <c>}</c>. The Sprache parsers run in sequence here rather than through
        /// query syntax, whose continuations allocate new closures and parsers on every call.
        /// </summary>
        internal static readonly Parser<DeclarationTokens> Declaration = input =>
        {
            var keyword = Keyword(input);
            if (!keyword.WasSuccessful)
            {
                return Result.Failure<DeclarationTokens>(keyword.Remainder, keyword.Message, keyword.Expectations);
            }

            var id = Id(keyword.Remainder);
            if (!id.WasSuccessful)
            {
                return Result.Failure<DeclarationTokens>(id.Remainder, id.Message, id.Expectations);
            }

            var name = DisplayName(id.Remainder);
            if (!name.WasSuccessful)
            {
                return Result.Failure<DeclarationTokens>(name.Remainder, name.Message, name.Expectations);
            }

            var open = OpenBrace(BlankLines(name.Remainder).Remainder);
            if (!open.WasSuccessful)
            {
                return Result.Failure<DeclarationTokens>(open.Remainder, open.Message, open.Expectations);
            }

            var body = Body(open.Remainder);
            if (!body.WasSuccessful)
            {
                return Result.Failure<DeclarationTokens>(body.Remainder, body.Message, body.Expectations);
            }

            var close = CloseBrace(body.Remainder);
            return close.WasSuccessful
                ? Result.Success(new DeclarationTokens(keyword.Value, id.Value, name.Value, open.Value, body.Value, close.Value), close.Remainder)
                : Result.Failure<DeclarationTokens>(close.Remainder, close.Message, close.Expectations);
        };
    }
}
