using System;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>Hostile sizes and shapes: each gives diagnostics or a one-line error, never a crash, a hang or a stack overflow.</summary>
    public class LimitTests
    {
        private static CheckResult Check(string text) => McredChecker.Check(new[] { new McredSource("/limits/plan.mcred", text) }, Mcred.Configuration.McredConfiguration.Defaults(new DateTime(2026, 11, 28)));

        private static string Skills(int count)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                sb.Append("skill s").Append(i).Append(" {\n  category c\n  why \"Why it matters.\"\n}\n");
            }

            return sb.Append("category c { type soft }\n").ToString();
        }

        [Fact]
        public void A_50_megabyte_file_is_checked()
        {
            var tool = new string('t', 200);
            var why = new string('w', 270);
            var sb = new StringBuilder();
            for (var i = 0; i < 100_000; i++)
            {
                sb.Append("skill s").Append(i).Append(" {\n  category c\n  why \"").Append(why).Append("\"\n  tool \"").Append(tool).Append("\"\n}\n");
            }

            var text = sb.Append("category c { type soft }\n").ToString();
            Assert.True(text.Length > 50_000_000);
            var result = Check(text);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "MCR0001" || d.Id == "MCR1005");
            Assert.Equal(100_000, result.Model.Skills.Count);
        }

        [Fact]
        public void A_150000_declaration_workspace_is_checked()
        {
            var result = Check(Skills(150_000));
            Assert.Equal(150_000, result.Model.Skills.Count);
        }

        [Theory]
        [InlineData("why")]
        [InlineData("word")]
        [InlineData("reference")]
        public void A_3_megabyte_line_is_one_value(string shape)
        {
            var big = new string('x', 3_000_000);
            var text = shape == "why" ? $"skill a {{\n  why \"{big}\"\n}}\n"
                : shape == "word" ? $"skill a {{\n  tool {big}\n}}\n"
                : $"credential c {{\n  skills {big}\n}}\n";
            var result = Check(text);
            var expected = shape == "why" ? "MCR1005" : shape == "word" ? "MCR0005" : "MCR0002";
            Assert.Contains(result.Diagnostics, d => d.Id == expected);
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Message.Length, 1, 399)); // quoted text is cut
        }

        /// <summary>5,000 sections (each with an mcred key) over 2,000 files: matching runs per folder, so this finishes.</summary>
        [Fact]
        public void Thousands_of_config_sections_over_thousands_of_files_are_matched_per_folder()
        {
            using var run = new CliRun();
            var config = new StringBuilder("root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n");
            for (var i = 0; i < 5_000; i++)
            {
                config.Append("[area").Append(i).Append("/*.mcred]\nmcred_why_max_length = ").Append(100 + i).Append('\n');
            }

            run.Write(".editorconfig", config.ToString());
            for (var i = 0; i < 2_000; i++)
            {
                run.Write($"plans/p{i}.mcred", $"skill s{i} {{\n}}\n");
            }

            Assert.Equal(1, run.Run("check", "plans", "--format", "json"));
            Assert.Equal(2_000, System.Text.RegularExpressions.Regex.Matches(run.Stdout, "\"id\": \"MCR1006\",\\s+\"rule\": \"missing-why\",\\s+\"severity\": \"error\"").Count);
        }

        [Fact]
        public void A_3_megabyte_id_is_cut_in_every_message()
        {
            var id = new string('x', 3_000_000);
            var result = Check($"skill {id} {{\n}}\nskill {id} {{\n}}\n");
            Assert.Contains(result.Diagnostics, d => d.Id == "MCR0003");
            Assert.All(result.Diagnostics, d => Assert.Contains("xxx…'", d.Message));
            Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length < 400));
        }

        [Fact]
        public void Nul_inside_a_string_is_a_syntax_error_at_its_position()
        {
            var result = Check("skill a {\n  why \"bad \0 text\"\n}\nskill b {\n  why \"\"\"\n    nul \0\n    \"\"\"\n}\n");
            Assert.Equal(new[] { (2, 12), (6, 9) }, result.Diagnostics.Where(d => d.Id == "MCR0001").Select(d => (d.Location.Line, d.Location.Column)));
            Assert.All(result.Diagnostics.Where(d => d.Id == "MCR0001"), d => Assert.StartsWith("NUL character (U+0000) in string", d.Message));
        }

        [Theory]
        [InlineData("{")]
        [InlineData("}")]
        [InlineData("{}")]
        public void Two_hundred_thousand_nested_braces_do_not_overflow_the_stack(string unit)
        {
            var text = "skill a " + string.Concat(Enumerable.Repeat(unit, 200_000)) + "\nskill b {\n  half-life 3yrs\n}\n";
            var result = Check(text);
            Assert.Contains(result.Diagnostics, d => d.Id == "MCR0001" && d.Location.Line == 1);
            Assert.Contains(result.Diagnostics, d => d.Id == "MCR0005" && d.Location.Line == 3);
        }

        [Fact]
        public void Nul_bytes_are_a_syntax_error_at_their_position()
        {
            var result = Check("skill a {\n  why \"ok\"\n}\n\0\0skill b {\n}\n");
            var error = Assert.Single(result.Diagnostics, d => d.Id == "MCR0001");
            Assert.Equal((4, 1), (error.Location.Line, error.Location.Column));
            Assert.Contains("U+0000", error.Message);
        }

        [Fact]
        public void An_unterminated_block_string_at_the_end_of_a_large_file_is_one_error()
        {
            var text = Skills(50_000) + "skill last {\n  why \"\"\"\n  never closed\n";
            var result = Check(text);
            var error = Assert.Single(result.Diagnostics, d => d.Id == "MCR0001");
            Assert.Contains("unterminated block string", error.Message);
            Assert.Equal(50_000, result.Model.Skills.Count);
        }

        /// <summary>
        /// Parsing work grows linearly for every shape: the tokens the lexer reads, and the bytes the grammar allocates
        /// (every position Sprache visits is a new input object, so a grammar that revisits input quadratically
        /// allocates quadratically). Eight times the input may cost at most nine times the work; quadratic would be 64.
        /// </summary>
        [Theory]
        [InlineData("skill s{0} {{\n  category c\n  why \"x\"\n}}\n")]
        [InlineData("{{")]
        [InlineData("\"")]
        [InlineData("\"\"\"")]
        [InlineData("skill {0}\n")]
        [InlineData("x{0}, ")]
        [InlineData("# comment {0}\n")]
        [InlineData("\\q")]
        [InlineData("skill a {{\n  why \"\n")]
        public void Parsing_work_is_linear_in_the_input(string unit)
        {
            (long Tokens, long Bytes) WorkFor(int n)
            {
                var text = new StringBuilder("skill a {\n  tool ");
                for (var i = 0; i < n; i++)
                {
                    text.AppendFormat(unit, i);
                }

                var source = SourceText.From(text.ToString());
                var lexed = Lexer.Lex(source.ToString());
                var tokens = lexed.TokenCount;
                lexed.Release();
                Parser.Parse("/limits/plan.mcred", source); // warm the token pools and the JIT
                var before = GC.GetAllocatedBytesForCurrentThread();
                Parser.Parse("/limits/plan.mcred", source);
                return (tokens, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            var small = WorkFor(2_000);
            var large = WorkFor(16_000);
            Assert.InRange(large.Tokens / (double)small.Tokens, 0.5, 9.0);
            Assert.InRange(large.Bytes / (double)Math.Max(1, small.Bytes), 0.5, 9.0);
        }

        [Fact]
        public void Invalid_utf8_is_a_one_line_error_naming_the_file()
        {
            using var run = new CliRun();
            File.WriteAllBytes(Path.Combine(run.Folder, "bad.mcred"), new byte[] { (byte)'s', 0xFF, 0xFE, (byte)'\n' });
            Assert.Equal(2, run.Run("check"));
            Assert.Equal("mcred: bad.mcred: not valid UTF-8 (byte offset 1); save the file as UTF-8", run.Stderr.Trim());
        }

        [Fact]
        public void A_file_that_vanishes_or_cannot_be_read_is_a_one_line_error()
        {
            using var run = new CliRun();
            File.CreateSymbolicLink(Path.Combine(run.Folder, "gone.mcred"), Path.Combine(run.Folder, "deleted-target.mcred"));
            Assert.Equal(2, run.Run("check"));
            Assert.StartsWith("mcred: gone.mcred: cannot read the file", run.Stderr);
            Assert.Single(run.Stderr.Trim().Split('\n'));
        }

        [Fact]
        public void A_symbolic_link_loop_ends()
        {
            using var run = new CliRun();
            Directory.CreateDirectory(Path.Combine(run.Folder, "a", "b"));
            File.WriteAllText(Path.Combine(run.Folder, "a", "b", "p.mcred"), "category c { type soft }\n");
            Directory.CreateSymbolicLink(Path.Combine(run.Folder, "a", "b", "up"), Path.Combine(run.Folder, "a"));
            Assert.Equal(0, run.Run("check", "a"));
            Assert.Contains("in 1 file", run.Stdout);
        }

        [Fact]
        public void Many_undefined_references_against_many_ids_stay_within_the_suggestion_budget()
        {
            // 40,000 skills and 40,000 near-miss references: did-you-mean would be 1.6 billion comparisons unbounded.
            var text = new StringBuilder();
            for (var i = 0; i < 40_000; i++)
            {
                text.Append("skill skill-").Append(i.ToString("D6")).Append(" {\n}\n");
            }

            text.Append("credential c {\n  skills ");
            text.Append(string.Join(", ", Enumerable.Range(0, 40_000).Select(i => "skill-x" + i.ToString("D5"))));
            text.Append("\n}\n");
            var result = Check(text.ToString());
            Assert.Equal(40_000, result.Diagnostics.Count(d => d.Id == "MCR0002"));
        }
    }
}
