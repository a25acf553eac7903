using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace Mcred.Syntax
{
    /// <summary>
    /// The grammar of one declaration (contract §4), written with Sprache's combinators over the token stream of
    /// <see cref="Lexer"/>. Only the primitives that read a single token are hand-written; everything that sequences
    /// tokens is a combinator, so this file reads as the language reference does:
    /// <code>
    /// declaration = KEYWORD ID [string] {NEWLINE} "{" {NEWLINE | property} "}"
    /// property    = NAME value {"," value} [","] line-end
    /// value       = word [string] | string          (a word followed by a string is a tagged value)
    /// </code>
    /// The parsers are built once. Error positions come from Sprache's rules: <c>Or</c> keeps the failure that got
    /// furthest (merging expectations at one position), <c>XMany</c> makes a property line that failed after its name
    /// the error of the body, and <c>Named</c> says what a newcomer should have written.
    /// </summary>
    internal static class Grammar
    {
        // Primitives: one token of a kind, or a check that consumes nothing.

        private static Parser<Token> One(System.Func<Token, bool> accept, string expected)
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

        private static Parser<Token> One(TokenKind kind, string expected) => One(t => t.Kind == kind, expected);

        /// <summary>Succeeds where <paramref name="parser"/> would, without consuming its input.</summary>
        private static Parser<T> Before<T>(Parser<T> parser) =>
            input => parser(input) is var r && r.WasSuccessful ? Result.Success(r.Value, input) : r;

        /// <summary>The end of the declaration's chunk: the next declaration keyword or the end of the file.</summary>
        private static readonly Parser<Token> EndOfDeclaration = input =>
        {
            var i = (TokenInput)input;
            return i.AtEnd
                ? Result.Success(i.Token, input)
                : Result.Failure<Token>(input, "unexpected token", new[] { "end of the declaration" });
        };

        internal static readonly Parser<Token> NewLine = One(TokenKind.NewLine, "end of line");
        private static readonly Parser<Token> Comma = One(TokenKind.Comma, "','");
        private static readonly Parser<Token> OpenBrace = One(TokenKind.OpenBrace, "'{'");
        private static readonly Parser<Token> CloseBrace = One(TokenKind.CloseBrace, "a property or '}'");
        private static readonly Parser<Token> Keyword = One(TokenKind.Identifier, "a declaration keyword (" + Keywords.AllForMessages + ")");
        private static readonly Parser<Token> Id = One(TokenKind.Identifier, "an identifier (the declaration's ID)");
        private static readonly Parser<Token> PropertyName = One(TokenKind.Identifier, "a property name");
        private static readonly Parser<Token> Word = One(t => t.IsWord, "a value");
        private static readonly Parser<Token> String = One(t => t.IsString, "a string");

        // Values and property lines.

        /// <summary><c>esco "http://..."</c>: a word followed by a string on the same line.</summary>
        private static readonly Parser<ValueTokens> WordOrTagged =
            from word in Word
            from tagged in String.Optional()
            select tagged.IsDefined ? new ValueTokens(word, tagged.Get()) : new ValueTokens(word);

        private static readonly Parser<ValueTokens> Value =
            WordOrTagged
                .Or(String.Select(s => new ValueTokens(s)))
                .Named("a value");

        /// <summary>Where a property line may end: a line break (consumed), or before '}' or the next declaration.</summary>
        private static readonly Parser<Token> LineEnd =
            NewLine.Or(Before(CloseBrace)).Or(EndOfDeclaration);

        /// <summary>A list goes on with ", value"; a trailing comma stays out of it and is read by <see cref="ListEnd"/>.</summary>
        private static readonly Parser<ValueTokens> NextValue =
            from comma in Comma
            from value in Value
            select value;

        /// <summary>After the last value: the end of the line, optionally after one trailing comma.</summary>
        private static readonly Parser<Token> ListEnd =
            (from comma in Comma
             from end in LineEnd.Named("a value or end of line")
             select end)
            .Or(LineEnd)
            .Named("',' or end of line");

        private static readonly Parser<PropertyTokens> Property =
            from name in PropertyName
            from first in Value
            from rest in NextValue.Many()
            from end in ListEnd
            select new PropertyTokens(name, first, rest as List<ValueTokens> ?? rest.ToList());

        /// <summary>A blank line (null) or a property line.</summary>
        private static readonly Parser<PropertyTokens?> BodyLine =
            NewLine.Return((PropertyTokens?)null)
                .Or(Property);

        /// <summary>Blank and property lines up to the '}' (not consumed); a line that fails after its name is the error.</summary>
        private static readonly Parser<List<PropertyTokens>> Body =
            BodyLine.XMany().Select(lines => lines.OfType<PropertyTokens>().ToList());

        // The declaration.

        internal static readonly Parser<DeclarationTokens> Declaration =
            from keyword in Keyword
            from id in Id
            from displayName in String.XOptional()
            from blankLines in NewLine.Many()
            from open in OpenBrace
            from body in Body
            from close in CloseBrace
            select new DeclarationTokens(keyword, id, displayName, open, body, close);

        /// <summary>Nothing but blank lines (between declarations, after a '}').</summary>
        internal static readonly Parser<IEnumerable<Token>> BlankLines = NewLine.Many();
    }
}
