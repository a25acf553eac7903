using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>
    /// Parses a file: the lexer splits it into declaration chunks, Sprache parses each chunk. A chunk with a
    /// syntax error yields one MCR0001 and a declaration that contributes only its ID; the next chunk starts
    /// fresh, so every later declaration is still parsed. Never throws for any input.
    /// </summary>
    internal static class Parser
    {
        public static SyntaxFile Parse(string path, SourceText text)
        {
            var source = text.ToString();
            var lexed = Lexer.Lex(source);
            var declarations = new List<DeclarationSyntax>(lexed.ChunkStarts.Count);
            var errors = new List<SyntaxError>();
            var unknownKindIds = new List<string>();
            var nextUnknown = 0; // both lists are sorted: walk them together

            var firstChunk = lexed.ChunkStarts.Count > 0 ? lexed.ChunkStarts[0] : lexed.TokenCount - 1;
            CheckOnlyBlankLines(new TokenStream(lexed, 0, firstChunk), 0, errors, "a declaration (" + Keywords.AllForMessages + ")");

            for (var c = 0; c < lexed.ChunkStarts.Count; c++)
            {
                var start = lexed.ChunkStarts[c];
                var end = c + 1 < lexed.ChunkStarts.Count ? lexed.ChunkStarts[c + 1] : lexed.TokenCount - 1;
                var nextEnd = c + 2 < lexed.ChunkStarts.Count ? lexed.ChunkStarts[c + 2] : lexed.TokenCount - 1;
                var stream = new TokenStream(lexed, start, end, nextEnd);
                if (nextUnknown < lexed.UnknownKindStarts.Count && lexed.UnknownKindStarts[nextUnknown] == start)
                {
                    nextUnknown++;
                    errors.Add(SyntaxErrorMessages.UnknownKind(lexed, lexed.Tokens[start]));
                    unknownKindIds.Add(lexed.TextOf(lexed.Tokens[start + 1])); // the lexer found WORD ID ... {
                    continue;
                }

                declarations.Add(ParseChunk(stream, text, errors));
            }

            lexed.Release();
            return new SyntaxFile(path, text, declarations, lexed.Comments, errors, unknownKindIds);
        }

        private static DeclarationSyntax ParseChunk(TokenStream stream, SourceText text, List<SyntaxError> errors)
        {
            var lexed = stream.Lexed;
            var result = Grammar.Declaration(stream.At(stream.Start));
            if (result.WasSuccessful)
            {
                var remainder = (TokenInput)result.Remainder;
                CheckOnlyBlankLines(stream, remainder.Index, errors, "end of line after '}' (each declaration starts on a new line with its keyword in column 1)");
                return SyntaxBuilder.Build(lexed, result.Value);
            }

            var keyword = lexed.Tokens[stream.Start];
            Keywords.TryGetKind(lexed.Text, keyword.Start, keyword.Length, out var kind);
            var idToken = stream.TokenAt(stream.Start + 1);
            var hasId = idToken.Kind == TokenKind.Identifier && stream.Start + 1 < stream.End;
            var id = hasId ? lexed.TextOf(idToken) : null;
            var failedAt = ((TokenInput)result.Remainder).Index;
            var open = new OpenDeclaration(
                hasId ? $"{kind.ToKeyword()} '{Mcred.Diagnostics.MessageText.Cut(id!)}'" : kind.ToKeyword(),
                text.Lines.GetLinePosition(keyword.Start).Line + 1,
                hasId ? idToken.Span : keyword.Span);
            errors.Add(SyntaxErrorMessages.At(stream, failedAt, result.Expectations, open));

            var endToken = stream.TokenAt(stream.End);
            return new DeclarationSyntax(
                kind,
                keyword.Span,
                id,
                hasId ? idToken.Span : default,
                null,
                System.Array.Empty<PropertySyntax>(),
                TextSpan.FromBounds(keyword.Start, System.Math.Max(keyword.End, endToken.Start)),
                hasSyntaxError: true);
        }

        /// <summary>Only line breaks may stand between <paramref name="index"/> and the chunk's end; anything else is MCR0001.</summary>
        private static void CheckOnlyBlankLines(TokenStream stream, int index, List<SyntaxError> errors, string expected)
        {
            var remainder = Grammar.BlankLines(stream.At(index));
            var at = ((TokenInput)remainder.Remainder).Index;
            if (at < stream.End)
            {
                errors.Add(SyntaxErrorMessages.At(stream, at, new[] { expected }, null));
            }
        }
    }

    /// <summary>The declaration a syntax error leaves open: how messages name it, the line it starts on, its ID's span.</summary>
    internal sealed class OpenDeclaration
    {
        public OpenDeclaration(string display, int line, TextSpan idSpan)
        {
            Display = display;
            Line = line;
            IdSpan = idSpan;
        }

        public string Display { get; }
        public int Line { get; }
        public TextSpan IdSpan { get; }
    }
}
