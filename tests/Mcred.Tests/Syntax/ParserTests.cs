using System.Linq;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Tests.Syntax
{
    public class ParserTests
    {
        private static SyntaxFile Parse(string text) => Parser.Parse("p.mcred", SourceText.From(text));

        [Fact]
        public void A_declaration_has_kind_id_display_name_and_properties_with_spans()
        {
            var text = "skill data-viz \"Data visualization\" {\n  tool \"Tableau\", \"Power BI\",\n  aligns esco \"http://data.europa.eu/esco/skill/1\"\n  half-life 18mo\n}\n";
            var file = Parse(text);
            Assert.Empty(file.Errors);
            var d = file.Declarations.Single();
            Assert.Equal(DeclarationKind.Skill, d.Kind);
            Assert.Equal("data-viz", d.Id);
            Assert.Equal(new TextSpan(6, 8), d.IdSpan);
            Assert.Equal("Data visualization", d.DisplayName!.StringValue);
            Assert.Equal(new[] { "tool", "aligns", "half-life" }, d.Properties.Select(p => p.Name));

            var tools = d.Properties[0].Values;
            Assert.Equal(new[] { "Tableau", "Power BI" }, tools.Select(v => v.StringValue));
            Assert.Equal(text.IndexOf("\"Power BI\""), tools[1].Span.Start);

            var aligns = d.Properties[1].Values.Single();
            Assert.Equal(ValueKind.Tagged, aligns.Kind);
            Assert.Equal("esco", aligns.Tag);
            Assert.Equal("http://data.europa.eu/esco/skill/1", aligns.StringValue);
            Assert.Equal(ValueKind.Duration, d.Properties[2].Values.Single().Kind);
        }

        [Fact]
        public void Display_name_is_optional_and_the_brace_may_stand_on_the_next_line()
        {
            var file = Parse("persona grad\n{\n  goal \"first analytics job\"\n}\n");
            Assert.Empty(file.Errors);
            Assert.Null(file.Declarations.Single().DisplayName);
        }

        [Fact]
        public void Comments_may_stand_anywhere_outside_strings()
        {
            var file = Parse("# header\nskill a # after id\n{ # after brace\n  # in body\n  why \"x\" # trailing\n} # after close\n# footer");
            Assert.Empty(file.Errors);
            Assert.Equal(7, file.Comments.Count);
        }

        [Fact]
        public void Empty_declarations_and_one_line_declarations_parse()
        {
            var file = Parse("category a {}\ncategory b { type soft }\n");
            Assert.Empty(file.Errors);
            Assert.Equal("soft", file.Declarations[1].Properties.Single().Values.Single().Text);
        }

        [Theory]
        [InlineData("skill 3y {\n}\n", 1, 7, "expected an identifier (the declaration's ID), found '3y'")]
        [InlineData("skill a \"A\" \"B\" {\n}\n", 1, 13, "expected '{', found string \"B\"")]
        [InlineData("skill a {\n  why\n}\n", 2, 6, "expected a value, found end of line")]
        [InlineData("skill a {\n  why \"x\" half-life 3y\n}\n", 2, 11, "expected ',' or end of line, found 'half-life'")]
        [InlineData("skill a {\n  tool \"x\", {\n}\n", 2, 13, "expected a value or end of line, found '{'")]
        [InlineData("skill a {\n  \"why\" \"x\"\n}\n", 2, 3, "expected a property or '}', found string \"why\"")]
        [InlineData("skill a {\n  why @\n}\n", 2, 7, "expected a value, found '@'")]
        [InlineData("skil a {\n}\n", 1, 1, "unknown declaration kind 'skil': did you mean 'skill'?")]
        [InlineData("Skill s2 \"S\" {\n}\n", 1, 1, "unknown declaration kind 'Skill': keywords are lower-case: write 'skill'")]
        [InlineData("# a comment\nskil\n", 2, 1, "expected a declaration (issuer, persona, recognizer, category, skill, credential, pathway or occupation), found 'skil'")]
        public void Syntax_errors_say_what_was_expected_and_found_at_the_token(string text, int line, int column, string message)
        {
            var result = Check.Text(text);
            var error = Assert.Single(result.Diagnostics, d => d.Id == "MCR0001");
            Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
            Assert.Equal(message, error.Message);
        }

        [Fact]
        public void Unknown_escape_is_reported_at_its_backslash()
        {
            var result = Check.Text("skill a {\n  why \"bad \\q escape\"\n}\n");
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("MCR0001", error.Id);
            Assert.Equal((2, 12, 2, 14), (error.Location.Line, error.Location.Column, error.Location.EndLine, error.Location.EndColumn));
            Assert.Contains("unknown escape '\\q'", error.Message);
        }

        [Fact]
        public void Unterminated_string_is_reported_at_its_opening_quote_and_the_next_declaration_is_checked()
        {
            var result = Check.Text("skill a {\n  why \"never closed\n}\nskill b {\n  half-life 3yrs\n}\n");
            Assert.Equal(new[] { "MCR0001@2:7", "MCR0005@5:13" }, Check.Where(result).Where(s => s.StartsWith("MCR00")));
            Assert.Contains("unterminated string", result.Diagnostics[0].Message);
        }

        [Fact]
        public void Unterminated_block_string_is_reported_at_its_opening_quotes_and_the_next_declaration_is_checked()
        {
            var result = Check.Text("skill a {\n  why \"\"\"\n  never closed\n}\nskill b {\n  half-life 3yrs\n}\n");
            Assert.Equal(new[] { "MCR0001@2:7", "MCR0005@6:13" }, Check.Where(result).Where(s => s.StartsWith("MCR00")));
            Assert.Contains("unterminated block string", result.Diagnostics[0].Message);
        }

        [Fact]
        public void Unterminated_block_string_at_the_end_of_the_file_is_one_error()
        {
            Assert.Equal(new[] { "MCR0001@2:7" }, Check.Where("skill a {\n  why \"\"\"\n  never closed\n"));
        }

        [Fact]
        public void Missing_close_brace_is_reported_where_the_next_declaration_starts()
        {
            var result = Check.Text("skill a {\n  why \"x\"\nskill b {\n  half-life 3yrs\n}\n");
            var error = result.Diagnostics[0];
            Assert.Equal("MCR0001@3:1", Check.Where(result)[0]);
            Assert.Equal("missing '}' to close skill 'a' (line 1): found the next declaration 'skill'", error.Message);
            Assert.Contains("MCR0005@4:13", Check.Where(result));
        }

        [Fact]
        public void Missing_close_brace_at_the_end_of_the_file_is_reported_at_the_end()
        {
            var result = Check.Text("skill a {\n  why \"x\"\n");
            Assert.Equal(new[] { "MCR0001@3:1" }, Check.Where(result));
            Assert.EndsWith("found end of file", result.Diagnostics[0].Message);
        }

        [Fact]
        public void An_error_in_the_middle_leaves_the_declarations_before_and_after_checked()
        {
            var text = "skill a {\n  reviewed 2026-13-01\n}\nskill b {\n  why \"x\" \"y\"\n  reviewed 2026-13-01\n}\nskill c {\n  reviewed 2026-13-01\n}\n";
            Assert.Equal(new[] { "MCR0005@2:12", "MCR0001@5:11", "MCR0005@9:12" }, Check.Compiler(text));
        }

        [Fact]
        public void Only_the_first_syntax_error_of_a_declaration_is_reported()
        {
            Assert.Equal(new[] { "MCR0001@2:11" }, Check.Compiler("skill a {\n  why \"x\" @\n  tool \"y\" @\n  \"z\"\n}\n"));
        }

        [Fact]
        public void Garbage_after_a_closing_brace_is_an_error_that_keeps_the_declaration()
        {
            Assert.Equal(new[] { "MCR0005@2:13", "MCR0001@3:3" }, Check.Compiler("skill a {\n  half-life 3yrs\n} trailing\n"));
        }

        [Fact]
        public void Columns_are_utf16_code_units_and_lines_follow_every_line_break_kind()
        {
            // An emoji is two UTF-16 units; U+2028 and lone CR break lines as Roslyn's SourceText does.
            var text = "skill a {\r\n  why \"\U0001F600\"\u2028  half-life 3yrs\r}\n";
            Assert.Equal(new[] { "MCR0005@3:13" }, Check.Compiler(text));
            Assert.Equal(new[] { "MCR0005@2:14" }, Check.Compiler("skill a {\n  tool \"\U0001F600\", 3yrs\n}\n"));
        }

        [Fact]
        public void Crlf_and_lf_files_give_the_same_positions()
        {
            var lf = "skill a {\n  half-life 3yrs\n}\nskill a {\n}\n";
            Assert.Equal(Check.Where(lf), Check.Where(lf.Replace("\n", "\r\n")));
            Assert.Equal(new[] { "MCR0005@2:13", "MCR0003@4:7" }, Check.Compiler(lf.Replace("\n", "\r\n")));
        }

        [Theory]
        [InlineData("")]
        [InlineData("\n\n# only comments\n")]
        [InlineData("\0\0\0")]
        [InlineData("{{{{{{{{{{{{{{")]
        [InlineData("\"\"\"")]
        [InlineData("skill")]
        [InlineData("skill a {\n  why \"\\")]
        [InlineData("}\n}\nskill a {")]
        public void Any_input_parses_without_throwing(string text)
        {
            var result = Check.Text(text);
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, text.Length));
        }

        /// <summary>Where a mistake has a recognisable shape, MCR0001 says what to write (one case per message).</summary>
        [Theory]
        [InlineData("skill a {\n  half-life 18 months\n}\n", 2, 16, "expected ',' or end of line, found 'months': durations are written '18mo' or '3y'")]
        [InlineData("skill a {\n  half-life 1.5y\n}\n", 2, 14, "expected ',' or end of line, found '.': a half-life is whole years or months: write '18mo' rather than '1.5y'")]
        [InlineData("skill a {\n  reviewed 01/15/2026\n}\n", 2, 14, "expected ',' or end of line, found '/': dates are written YYYY-MM-DD, e.g. '2026-01-15'")]
        [InlineData("credential c {\n  skills a,\n  b\n}\n", 3, 4, "expected a value, found end of line: a list stays on one line: write 'skills a, b'")]
        [InlineData("skill café {\n}\n", 1, 10, "expected '{', found 'é': IDs and other words use ASCII letters, digits, '-' and '_'")]
        [InlineData("skill a\nskill b {\n}\n", 1, 7, "skill 'a' has no body: write '{' at the end of the header and '}' after its properties")]
        [InlineData("skill a {\n  why \"x\"\n  skill b {\n  }\n}\n", 3, 3, "missing '}' to close skill 'a' (line 1): found the declaration 'skill b' indented; a declaration starts in column 1")]
        [InlineData("skill a {\n  why \"x\"\ncategory c\n}\n", 3, 1, "missing '}' to close skill 'a' (line 1): found the next declaration 'category'; a line that starts in column 1 with a keyword starts a declaration: indent properties")]
        public void Syntax_errors_say_what_to_write(string text, int line, int column, string message)
        {
            var result = Check.Text(text);
            var error = result.Diagnostics.First(d => d.Id == "MCR0001");
            Assert.Equal(message, error.Message);
            Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        }

        [Fact]
        public void A_declaration_of_unknown_kind_is_one_error_and_parsing_starts_again_there()
        {
            // The category after them is still checked (MCR1014 on its own property), but not reported empty (MCR1015):
            // 'skil s1' could have been a skill that uses it.
            var result = Check.Text("skil s1 {\n  why \"x\"\n}\nSkill s2 \"S\" {\n}\ncategory c {\n}\n");
            Assert.Equal(new[] { "MCR0001@1:1", "MCR0001@4:1", "MCR1014@6:10" }, Check.Where(result));
            Assert.Single(result.Model.Categories);
            Assert.Empty(result.Model.Skills);
        }

        [Fact]
        public void A_missing_brace_before_a_declaration_of_unknown_kind_is_a_second_error_at_the_same_place()
        {
            var result = Check.Text("skill a {\n  why \"x\"\nskil b {\n}\n");
            Assert.Equal(new[] { "MCR0001@3:1", "MCR0001@3:1" }, Check.Where(result));
        }
    }
}
