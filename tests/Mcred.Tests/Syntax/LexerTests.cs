using System.Linq;
using Mcred.Syntax;
using Xunit;

namespace Mcred.Tests.Syntax
{
    public class LexerTests
    {
        [Theory]
        [InlineData("grad", nameof(TokenKind.Identifier))]
        [InlineData("_private", nameof(TokenKind.Identifier))]
        [InlineData("soft-skills", nameof(TokenKind.Identifier))]
        [InlineData("Data_Viz-2", nameof(TokenKind.Identifier))]
        [InlineData("2026-01-15", nameof(TokenKind.Date))]
        [InlineData("2026-02-30", nameof(TokenKind.Date))]
        [InlineData("3y", nameof(TokenKind.Duration))]
        [InlineData("18mo", nameof(TokenKind.Duration))]
        [InlineData("42", nameof(TokenKind.Number))]
        [InlineData("5ects", nameof(TokenKind.Workload))]
        [InlineData("120h", nameof(TokenKind.Workload))]
        [InlineData("5ECTS", nameof(TokenKind.InvalidWord))]
        [InlineData("5ectss", nameof(TokenKind.InvalidWord))]
        [InlineData("3yrs", nameof(TokenKind.InvalidWord))]
        [InlineData("2026-1-5", nameof(TokenKind.InvalidWord))]
        [InlineData("-x", nameof(TokenKind.InvalidWord))]
        [InlineData("3m", nameof(TokenKind.InvalidWord))]
        public void Words_are_read_whole_then_classified(string word, string expected)
        {
            var lexed = Lexer.Lex(word);
            Assert.Equal(expected, lexed.Tokens[0].Kind.ToString());
            Assert.Equal(word.Length, lexed.Tokens[0].Length);
        }

        [Fact]
        public void Every_line_break_kind_is_one_newline_token()
        {
            var lexed = Lexer.Lex("a\nb\r\nc\rd\u0085e\u2028f\u2029g");
            var newLines = lexed.Tokens.Take(lexed.TokenCount).Where(t => t.Kind == TokenKind.NewLine).ToList();
            Assert.Equal(6, newLines.Count);
            Assert.Equal(2, newLines[1].Length);
        }

        [Fact]
        public void Comments_are_trivia_recorded_with_whether_they_stand_alone()
        {
            var lexed = Lexer.Lex("# own line\nskill a { # trailing\n}\n");
            Assert.Equal(2, lexed.Comments.Count);
            Assert.True(lexed.Comments[0].IsOwnLine);
            Assert.False(lexed.Comments[1].IsOwnLine);
            Assert.Equal(" trailing", lexed.Comments[1].Text);
            Assert.DoesNotContain(lexed.Tokens.Take(lexed.TokenCount), t => t.Kind == TokenKind.Other);
        }

        [Fact]
        public void A_hash_inside_a_string_is_not_a_comment()
        {
            var lexed = Lexer.Lex("why \"C# and #hashtags\"");
            Assert.Empty(lexed.Comments);
            Assert.Equal(TokenKind.String, lexed.Tokens[1].Kind);
        }

        [Fact]
        public void Declarations_start_at_keywords_in_column_one_followed_by_white_space()
        {
            var text = "skill a {\n}\n  skill b {\n}\nskills c\ncategory\tx {\n}\n";
            var lexed = Lexer.Lex(text);
            var starts = lexed.ChunkStarts.Select(i => lexed.TextOf(lexed.Tokens[i]) + "@" + lexed.Tokens[i].Start).ToList();
            Assert.Equal(new[] { "skill@0", "category@" + text.IndexOf("category") }, starts);
        }

        [Fact]
        public void A_keyword_line_inside_a_block_string_does_not_start_a_declaration()
        {
            var lexed = Lexer.Lex("skill a {\n  why \"\"\"\nskill is a word here\n  \"\"\"\n}\n");
            Assert.Single(lexed.ChunkStarts);
        }

        [Fact]
        public void An_unterminated_block_string_ends_at_the_next_declaration_line()
        {
            var text = "skill a {\n  why \"\"\"never closed\n}\nskill b {\n}\n";
            var lexed = Lexer.Lex(text);
            Assert.Equal(2, lexed.ChunkStarts.Count);
            var bad = lexed.Tokens.First(t => t.Kind == TokenKind.BadString);
            Assert.Equal(StringError.UnterminatedBlock, bad.Error);
            Assert.Equal(text.IndexOf("skill b"), bad.End);
        }
    }
}
