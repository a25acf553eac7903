using System.Collections.Generic;
using Mcred.Model;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Tooling.Language
{
    /// <summary>
    /// Highlighting from the core's own lexer and syntax tree, so the editor colours exactly what the parser reads (a
    /// TextMate grammar is a second grammar that drifts). Words the tree places are classified by their role; the rest
    /// of the text by token kind, so a file with a syntax error is still coloured up to and past it.
    /// </summary>
    internal static class HighlightService
    {
        public static List<HighlightToken> Tokens(SyntaxFile file)
        {
            var roles = Roles(file);
            var spans = new List<(TextSpan Span, HighlightKind Kind)>();
            var lexed = Lexer.Lex(file.Text.ToString());
            try
            {
                for (var i = 0; i < lexed.TokenCount; i++)
                {
                    var token = lexed.Tokens[i];
                    if (roles.TryGetValue(token.Start, out var role))
                    {
                        spans.Add((token.Span, role));
                    }
                    else if (KindOf(token.Kind) is HighlightKind kind)
                    {
                        spans.Add((token.Span, kind));
                    }
                }

                foreach (var comment in lexed.Comments)
                {
                    spans.Add((comment.Span, HighlightKind.Comment));
                }
            }
            finally
            {
                lexed.Release();
            }

            spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            var tokens = new List<HighlightToken>(spans.Count);
            foreach (var (span, kind) in spans)
            {
                AddPerLine(file.Text, span, kind, tokens);
            }

            return tokens;
        }

        /// <summary>What the syntax tree says each word starting at an offset is.</summary>
        private static Dictionary<int, HighlightKind> Roles(SyntaxFile file)
        {
            var roles = new Dictionary<int, HighlightKind>();
            foreach (var declaration in file.Declarations)
            {
                roles[declaration.KeywordSpan.Start] = HighlightKind.Keyword;
                if (declaration.Id != null)
                {
                    roles[declaration.IdSpan.Start] = HighlightKind.Declaration;
                }

                foreach (var property in declaration.Properties)
                {
                    roles[property.NameSpan.Start] = HighlightKind.Property;
                    var shape = PropertySchema.Find(declaration.Kind, property.Name)?.Shape;
                    foreach (var value in property.Values)
                    {
                        if (value.Kind == ValueKind.Identifier && shape == ValueShape.Reference)
                        {
                            roles[value.Span.Start] = HighlightKind.Reference;
                        }
                        else if (value.Kind == ValueKind.Identifier && shape == ValueShape.Enum)
                        {
                            roles[value.Span.Start] = HighlightKind.EnumMember;
                        }
                        else if (value.Kind == ValueKind.Tagged)
                        {
                            // The framework word of `aligns esco "..."`.
                            roles[value.Span.Start] = HighlightKind.EnumMember;
                        }
                    }
                }
            }

            return roles;
        }

        private static HighlightKind? KindOf(TokenKind kind) => kind switch
        {
            TokenKind.String or TokenKind.BlockString or TokenKind.BadString => HighlightKind.String,
            TokenKind.Date or TokenKind.Duration or TokenKind.Workload or TokenKind.Number => HighlightKind.Number,
            _ => null,
        };

        /// <summary>A token over several lines (a block string) becomes one token per line: most editors take no multi-line tokens.</summary>
        private static void AddPerLine(SourceText text, TextSpan span, HighlightKind kind, List<HighlightToken> tokens)
        {
            var lines = text.Lines.GetLinePositionSpan(span);
            for (var line = lines.Start.Line; line <= lines.End.Line; line++)
            {
                var lineSpan = text.Lines[line].Span;
                var start = line == lines.Start.Line ? span.Start : lineSpan.Start;
                var end = line == lines.End.Line ? span.End : lineSpan.End;
                if (end > start)
                {
                    tokens.Add(new HighlightToken(line, start - lineSpan.Start, end - start, kind));
                }
            }
        }
    }
}
