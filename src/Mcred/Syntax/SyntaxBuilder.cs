using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>Turns the tokens a successful parse returned into immutable syntax nodes with their text.</summary>
    internal static class SyntaxBuilder
    {
        public static DeclarationSyntax Build(LexedText lexed, DeclarationTokens tokens)
        {
            Keywords.TryGetKind(lexed.Text, tokens.Keyword.Start, tokens.Keyword.Length, out var kind);
            var properties = new PropertySyntax[tokens.Body.Count];
            for (var i = 0; i < properties.Length; i++)
            {
                properties[i] = BuildProperty(lexed, tokens.Body[i]);
            }

            var displayName = tokens.DisplayName.IsDefined ? StringValue(lexed, tokens.DisplayName.Get()) : null;
            return new DeclarationSyntax(
                kind,
                tokens.Keyword.Span,
                lexed.TextOf(tokens.Id),
                tokens.Id.Span,
                displayName,
                properties,
                TextSpan.FromBounds(tokens.Keyword.Start, tokens.Close.End),
                hasSyntaxError: false,
                tokens.Open.Span,
                tokens.Close.Span);
        }

        private static PropertySyntax BuildProperty(LexedText lexed, PropertyTokens tokens)
        {
            var values = new ValueSyntax[1 + (tokens.Rest.Count)];
            values[0] = BuildValue(lexed, tokens.First);
            for (var i = 1; i < values.Length; i++)
            {
                values[i] = BuildValue(lexed, tokens.Rest[i - 1]);
            }

            return new PropertySyntax(lexed.TextOf(tokens.Name), tokens.Name.Span, values);
        }

        private static ValueSyntax BuildValue(LexedText lexed, ValueTokens value)
        {
            var first = value.First;
            if (first.IsString)
            {
                return StringValue(lexed, first);
            }

            if (value.HasTag)
            {
                var str = value.TaggedString;
                var span = TextSpan.FromBounds(first.Start, str.End);
                return new ValueSyntax(ValueKind.Tagged, span, lexed.Text, Unquote(lexed, str), lexed.TextOf(first), str.Span);
            }

            return new ValueSyntax(WordKind(first.Kind), first.Span, lexed.Text);
        }

        private static ValueSyntax StringValue(LexedText lexed, Token token) =>
            new ValueSyntax(ValueKind.String, token.Span, lexed.Text, Unquote(lexed, token));

        private static string Unquote(LexedText lexed, Token token) =>
            token.Kind == TokenKind.BlockString
                ? StringValues.Block(lexed.Text, token.Start, token.Length)
                : StringValues.OneLine(lexed.Text, token.Start, token.Length);

        private static ValueKind WordKind(TokenKind kind)
        {
            switch (kind)
            {
                case TokenKind.Identifier: return ValueKind.Identifier;
                case TokenKind.Date: return ValueKind.Date;
                case TokenKind.Duration: return ValueKind.Duration;
                case TokenKind.Workload: return ValueKind.Workload;
                case TokenKind.Number: return ValueKind.Number;
                default: return ValueKind.Invalid;
            }
        }
    }
}
