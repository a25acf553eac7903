using System.Collections.Generic;
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

        internal static readonly Parser<Token> NewLine = One(TokenKind.NewLine, "end of line");
        private static readonly Parser<Token> Comma = One(TokenKind.Comma, "','");
        private static readonly Parser<Token> OpenBrace = One(TokenKind.OpenBrace, "'{'");
        private static readonly Parser<Token> CloseBrace = One(TokenKind.CloseBrace, "a property or '}'");
        private static readonly Parser<Token> Keyword = One(TokenKind.Identifier, "a declaration keyword (" + Keywords.AllForMessages + ")");
        private static readonly Parser<Token> Id = One(TokenKind.Identifier, "an identifier (the declaration's ID)");
        private static readonly Parser<Token> PropertyName = One(TokenKind.Identifier, "a property name");
        private static readonly Parser<Token> String = One(t => t.IsString, "a string");

        // Values and property lines.

        private static readonly Parser<Token> WordOrString = One(t => t.IsWord || t.IsString, "a value");
        private static readonly Parser<IOption<Token>> Tag = String.Optional();
        private static readonly Parser<IOption<Token>> NoTag = Parse.Return<IOption<Token>>(NoToken.Instance);

        /// <summary>A word, a string, or a tagged value: a word followed by a string (<c>esco "http://..."</c>).</summary>
        private static readonly Parser<ValueTokens> Value =
            from first in WordOrString
            from tagged in first.IsWord ? Tag : NoTag
            select tagged.IsDefined ? new ValueTokens(first, tagged.Get()) : new ValueTokens(first);

        /// <summary>
        /// Where a property line may end: a line break (consumed), or before '}' or the next declaration (not consumed).
        /// One token decides it, so this is a primitive; it runs once per property line.
        /// </summary>
        private static readonly Parser<Token> LineEnd = input =>
        {
            var i = (TokenInput)input;
            var token = i.Token;
            if (i.AtEnd || token.Kind == TokenKind.CloseBrace)
            {
                return Result.Success(token, input);
            }

            return token.Kind == TokenKind.NewLine
                ? Result.Success(token, i.Advance())
                : Result.Failure<Token>(input, "unexpected token", LineEndExpected);
        };

        private static readonly string[] LineEndExpected = { "end of line" };

        /// <summary>", value": how a list goes on; a trailing comma stays out of it and is read by <see cref="ListEnd"/>.</summary>
        private static readonly Parser<ValueTokens> NextValue =
            from comma in Comma
            from value in Value
            select value;

        /// <summary>After the last value: the end of the line, or one trailing comma and then the end of the line.</summary>
        private static readonly Parser<Token> ListEnd =
            LineEnd
                .Or(from comma in Comma
                    from end in LineEnd.Named("a value or end of line")
                    select end)
                .Named("',' or end of line");

        private static readonly List<ValueTokens> NoMoreValues = new List<ValueTokens>();

        /// <summary>After a comma: more values up to the end of the line, or the end of the line (a trailing comma).</summary>
        private static readonly Parser<List<ValueTokens>> ValuesAfterComma =
            (from first in Value
             from rest in NextValue.Many()
             from end in ListEnd
             select Prepend(first, rest))
            .Or(LineEnd.Select(_ => NoMoreValues))
            .Named("a value or end of line");

        /// <summary>
        /// What follows a property's first value: the end of the line (most lines, so that path is tried first and
        /// allocates least), or a comma and the rest of the list.
        /// </summary>
        private static readonly Parser<List<ValueTokens>> MoreValues =
            LineEnd.Select(_ => NoMoreValues)
                .Or(from comma in Comma
                    from values in ValuesAfterComma
                    select values)
                .Named("',' or end of line");

        /// <summary><c>value[, value...] [,]</c> and the end of the line (a struct, so no object per line).</summary>
        private static readonly Parser<ValueListTokens> ValueList =
            from first in Value
            from rest in MoreValues
            select new ValueListTokens(first, rest);

        /// <summary><c>name value[, value...] [,]</c> and the end of the line.</summary>
        private static readonly Parser<PropertyTokens?> Property =
            from name in PropertyName
            from values in ValueList
            select (PropertyTokens?)new PropertyTokens(name, values.First, values.Rest);

        /// <summary>Puts the first value in front of the list Many built (a list of this grammar's own, so it may be changed).</summary>
        private static List<ValueTokens> Prepend(ValueTokens first, IEnumerable<ValueTokens> rest)
        {
            var values = rest as List<ValueTokens> ?? new List<ValueTokens>(rest);
            values.Insert(0, first);
            return values;
        }

        /// <summary>A property line or a blank line (null).</summary>
        private static readonly Parser<PropertyTokens?> BodyLine =
            Property.Or(NewLine.Return((PropertyTokens?)null));

        /// <summary>Blank and property lines up to the '}' (not consumed); a line that fails after its name is the error.</summary>
        private static readonly Parser<List<PropertyTokens>> Body =
            BodyLine.XMany().Select(PropertiesOf);

        private static List<PropertyTokens> PropertiesOf(IEnumerable<PropertyTokens?> lines)
        {
            var properties = new List<PropertyTokens>();
            foreach (var line in lines)
            {
                if (line != null)
                {
                    properties.Add(line);
                }
            }

            return properties;
        }

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

        /// <summary>"No tagged string": Sprache's own None is internal.</summary>
        private sealed class NoToken : IOption<Token>
        {
            public static readonly NoToken Instance = new NoToken();

            public bool IsEmpty => true;
            public bool IsDefined => false;
            public Token GetOrDefault() => default;
            public Token Get() => throw new System.InvalidOperationException("No tagged string.");
        }
    }
}
