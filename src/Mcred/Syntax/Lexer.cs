using System.Collections.Generic;

namespace Mcred.Syntax
{
    /// <summary>
    /// Hand-written scanner: reads the whole text once into tokens, records comments, and marks where
    /// declarations begin (a keyword in column 1 followed by white space), so that Sprache parses one
    /// declaration at a time and recovery after a syntax error is free.
    /// </summary>
    internal static class Lexer
    {
        public static LexedText Lex(string text)
        {
            var tokens = System.Buffers.ArrayPool<Token>.Shared.Rent(EstimateTokenCount(text.Length));
            var count = 0;
            var comments = new List<Comment>();
            var chunkStarts = new List<int>();
            List<int>? unknownKinds = null;
            var n = text.Length;
            var pos = 0;
            var lineStart = 0;
            var tokensOnLine = false;

            while (pos < n)
            {
                var c = text[pos];
                if (CharFacts.IsBlank(c))
                {
                    pos++;
                    continue;
                }

                var breakLength = CharFacts.LineBreakLength(text, pos, n);
                if (breakLength > 0)
                {
                    // One token per run of line breaks: blank and comment-only lines mean nothing to the grammar.
                    if (count == 0 || tokens[count - 1].Kind != TokenKind.NewLine)
                    {
                        Add(ref tokens, ref count, new Token(TokenKind.NewLine, pos, breakLength));
                    }

                    pos += breakLength;
                    lineStart = pos;
                    tokensOnLine = false;
                    continue;
                }

                if (c == '#')
                {
                    var end = EndOfLine(text, pos);
                    comments.Add(new Comment(new Microsoft.CodeAnalysis.Text.TextSpan(pos, end - pos), !tokensOnLine, text.Substring(pos + 1, end - pos - 1)));
                    pos = end;
                    continue;
                }

                Token token;
                if (CharFacts.IsWordChar(c))
                {
                    token = ReadWord(text, pos);
                    if (pos == lineStart && token.Kind == TokenKind.Identifier)
                    {
                        if (IsDeclarationStart(text, pos, token.Length))
                        {
                            chunkStarts.Add(count);
                        }
                        else
                        {
                            (unknownKinds ??= new List<int>()).Add(count);
                        }
                    }
                }
                else if (c == '"')
                {
                    token = pos + 2 < n && text[pos + 1] == '"' && text[pos + 2] == '"'
                        ? ReadBlockString(text, pos)
                        : ReadString(text, pos);
                }
                else if (c == '{')
                {
                    token = new Token(TokenKind.OpenBrace, pos, 1);
                }
                else if (c == '}')
                {
                    token = new Token(TokenKind.CloseBrace, pos, 1);
                }
                else if (c == ',')
                {
                    token = new Token(TokenKind.Comma, pos, 1);
                }
                else
                {
                    var length = char.IsHighSurrogate(c) && pos + 1 < n && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;
                    token = new Token(TokenKind.Other, pos, length);
                }

                Add(ref tokens, ref count, token);
                tokensOnLine = true;
                pos = token.End;
                if (token.Kind == TokenKind.BadString && token.Error == StringError.UnterminatedBlock)
                {
                    // The bad block string ends where the next declaration starts: that line starts a new line.
                    lineStart = pos;
                    tokensOnLine = false;
                }
            }

            Add(ref tokens, ref count, new Token(TokenKind.EndOfFile, n, 0));
            var unknownKindStarts = UnknownKindStarts(tokens, unknownKinds);
            if (unknownKindStarts.Count > 0)
            {
                chunkStarts.AddRange(unknownKindStarts);
                chunkStarts.Sort();
            }

            return new LexedText(text, tokens, count, comments, chunkStarts, unknownKindStarts);
        }

        /// <summary>
        /// Of the words that begin a line in column 1 without being a keyword, those that begin a declaration header of
        /// an unknown kind: <c>WORD ID ["Display name"] {</c> with the brace on the same line (<c>skil s1 {</c>). The
        /// parser reports the word and starts again there, so a typo in a keyword hides nothing that follows it.
        /// </summary>
        private static List<int> UnknownKindStarts(Token[] tokens, List<int>? candidates)
        {
            var starts = new List<int>();
            if (candidates == null)
            {
                return starts;
            }

            foreach (var i in candidates)
            {
                var next = i + 1;
                if (tokens[next].Kind != TokenKind.Identifier)
                {
                    continue;
                }

                next++;
                if (tokens[next].Kind == TokenKind.String)
                {
                    next++;
                }

                if (tokens[next].Kind == TokenKind.OpenBrace)
                {
                    starts.Add(i);
                }
            }

            return starts;
        }

        /// <summary>True when a declaration keyword stands at <paramref name="start"/> followed by white space or the end.</summary>
        internal static bool IsDeclarationStart(string text, int start, int length)
        {
            if (!Keywords.TryGetKind(text, start, length, out _))
            {
                return false;
            }

            var after = start + length;
            return after >= text.Length || CharFacts.IsBlank(text[after]) || CharFacts.IsLineBreak(text[after]);
        }

        private static int EstimateTokenCount(int length) => length / 5 + 16;

        private static void Add(ref Token[] tokens, ref int count, Token token)
        {
            if (count == tokens.Length)
            {
                var larger = System.Buffers.ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                System.Array.Copy(tokens, larger, count);
                System.Buffers.ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = token;
        }

        private static int EndOfLine(string text, int pos)
        {
            var n = text.Length;
            while (pos < n && !CharFacts.IsLineBreak(text[pos]))
            {
                pos++;
            }

            return pos;
        }

        private static Token ReadWord(string text, int start)
        {
            var pos = start;
            var n = text.Length;
            while (pos < n && CharFacts.IsWordChar(text[pos]))
            {
                pos++;
            }

            var length = pos - start;
            return new Token(Classify(text, start, length), start, length);
        }

        /// <summary>Classifies a whole word: date, duration, workload, number, identifier, or a value of no valid form.</summary>
        internal static TokenKind Classify(string text, int start, int length)
        {
            var first = text[start];
            if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_')
            {
                return TokenKind.Identifier;
            }

            var digits = 0;
            while (digits < length && CharFacts.IsDigit(text[start + digits]))
            {
                digits++;
            }

            if (digits == length)
            {
                return TokenKind.Number;
            }

            if (digits > 0)
            {
                var rest = length - digits;
                var r = start + digits;
                if ((rest == 1 && text[r] == 'y') || (rest == 2 && text[r] == 'm' && text[r + 1] == 'o'))
                {
                    return TokenKind.Duration;
                }

                if ((rest == 1 && text[r] == 'h') || (rest == 4 && string.CompareOrdinal(text, r, "ects", 0, 4) == 0))
                {
                    return TokenKind.Workload;
                }

                if (length == 10 && digits == 4 && text[start + 4] == '-' && text[start + 7] == '-'
                    && CharFacts.IsDigit(text[start + 5]) && CharFacts.IsDigit(text[start + 6])
                    && CharFacts.IsDigit(text[start + 8]) && CharFacts.IsDigit(text[start + 9]))
                {
                    return TokenKind.Date;
                }
            }

            return TokenKind.InvalidWord;
        }

        private static Token ReadString(string text, int start)
        {
            var n = text.Length;
            var pos = start + 1;
            var badEscape = -1;
            var bad = StringError.UnknownEscape;
            while (pos < n)
            {
                var c = text[pos];
                if (c == '"')
                {
                    var length = pos + 1 - start;
                    return badEscape >= 0
                        ? new Token(TokenKind.BadString, start, length, bad, badEscape)
                        : new Token(TokenKind.String, start, length);
                }

                if (c == '\0' && badEscape < 0)
                {
                    // NUL is no text: an error at its position, as for an unknown escape.
                    badEscape = pos;
                    bad = StringError.Nul;
                }

                if (CharFacts.IsLineBreak(c))
                {
                    break;
                }

                if (c == '\\')
                {
                    if (pos + 1 >= n || !CharFacts.IsValidEscape(text[pos + 1]))
                    {
                        if (badEscape < 0)
                        {
                            badEscape = pos;
                        }

                        // A backslash before a line break or the end escapes nothing: the string is unterminated.
                        if (pos + 1 >= n || CharFacts.IsLineBreak(text[pos + 1]))
                        {
                            pos++;
                            break;
                        }
                    }

                    pos += 2;
                    continue;
                }

                pos++;
            }

            return new Token(TokenKind.BadString, start, pos - start, StringError.Unterminated, start);
        }

        private static Token ReadBlockString(string text, int start)
        {
            var n = text.Length;
            var pos = start + 3;
            var badEscape = -1;
            var bad = StringError.UnknownEscape;
            while (pos < n)
            {
                var c = text[pos];
                if (c == '"' && pos + 2 < n && text[pos + 1] == '"' && text[pos + 2] == '"')
                {
                    var length = pos + 3 - start;
                    return badEscape >= 0
                        ? new Token(TokenKind.BadString, start, length, bad, badEscape)
                        : new Token(TokenKind.BlockString, start, length);
                }

                if (c == '\0' && badEscape < 0)
                {
                    badEscape = pos;
                    bad = StringError.Nul;
                }

                if (c == '\\')
                {
                    if ((pos + 1 >= n || !CharFacts.IsValidEscape(text[pos + 1])) && badEscape < 0)
                    {
                        badEscape = pos;
                    }

                    pos += 2;
                    continue;
                }

                pos++;
            }

            // Unterminated: the string cannot be trusted, so the text resumes at the next declaration line.
            var resume = NextDeclarationLine(text, start + 3);
            return new Token(TokenKind.BadString, start, resume - start, StringError.UnterminatedBlock, start);
        }

        /// <summary>Start of the next line after <paramref name="from"/> that begins with a declaration keyword, or the end of the text.</summary>
        private static int NextDeclarationLine(string text, int from)
        {
            var n = text.Length;
            var pos = from;
            while (pos < n)
            {
                var breakLength = CharFacts.LineBreakLength(text, pos, n);
                if (breakLength == 0)
                {
                    pos++;
                    continue;
                }

                pos += breakLength;
                var wordEnd = pos;
                while (wordEnd < n && CharFacts.IsWordChar(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd > pos && IsDeclarationStart(text, pos, wordEnd - pos))
                {
                    return pos;
                }
            }

            return n;
        }
    }
}
