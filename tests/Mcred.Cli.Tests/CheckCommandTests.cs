using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    public class CheckCommandTests
    {
        // MCR0005 on line 2; the rules add MCR1001, MCR1006 and MCR1016 on line 1.
        private const string Broken = "skill a {\n  half-life 3yrs\n}\n";

        [Fact]
        public void Bundled_examples_check_clean_with_exit_0()
        {
            using var run = new CliRun();
            var examples = Path.Combine(System.AppContext.BaseDirectory, "examples");
            Assert.Equal(0, run.Run("check", examples, "--fail-on", "suggestion"));
            Assert.StartsWith("0 errors, 0 warnings, 0 suggestions", run.Stdout);
            Assert.Equal(0, run.Run("fmt", "--check", examples));
        }

        [Theory]
        [InlineData("check")]
        [InlineData("test")]
        [InlineData("fmt")]
        public void A_path_with_no_mcred_file_is_exit_2_naming_it(string command)
        {
            using var run = new CliRun().Write("plans/readme.txt", "not a plan");
            Assert.Equal(2, run.Run(command, "plans"));
            Assert.Equal("mcred: no .mcred files under plans", run.Stderr.Trim());
        }

        [Fact]
        public void Pretty_output_shows_the_source_line_the_underlined_span_and_the_help_link_grouped_by_file()
        {
            using var run = new CliRun().Write("plans/a.mcred", Broken);
            Assert.Equal(1, run.Run("check", "plans", "--format", "pretty"));
            Assert.StartsWith("── plans/a.mcred ──\n", run.Stdout);
            Assert.Contains("error[MCR0005]: skill 'a': 'half-life' takes a duration", run.Stdout);
            Assert.Contains(" --> plans/a.mcred:2:13\n", run.Stdout);
            Assert.Contains("2 |   half-life 3yrs\n  |             ^^^^\n", run.Stdout);
            Assert.Contains("= help: https://", run.Stdout);
            Assert.EndsWith("1 error, 2 warnings, 1 suggestion in 1 file\n", run.Stdout);
        }

        [Fact]
        public void A_terminal_gets_the_pretty_form_and_a_pipe_the_one_line_form()
        {
            using var terminal = new CliRun { Terminal = true, NoColor = true }.Write("a.mcred", Broken);
            terminal.Run("check");
            Assert.Contains("^^^^", terminal.Stdout);
            using var pipe = new CliRun().Write("a.mcred", Broken);
            pipe.Run("check");
            Assert.StartsWith("a.mcred(1,7): warning MCR1001", pipe.Stdout);
            using var text = new CliRun { Terminal = true, NoColor = true }.Write("a.mcred", Broken);
            text.Run("check", "--format", "text");
            Assert.StartsWith("a.mcred(1,7): warning MCR1001", text.Stdout);
        }

        [Fact]
        public void Plan_text_cannot_drive_the_terminal_or_forge_a_line()
        {
            // A suppression comment's junk is echoed in its MCR0005 message: the escape sequence must arrive inert.
            using var run = new CliRun().Write("a.mcred", "category c {\n  type soft\n}\n# mcred-disable-next-line MCR1015 \u001b[2J\u001b]0;pwned\u0007 junk\n");
            run.Run("check", "--format", "text");
            Assert.Contains("unexpected '\\x1b[2J\\x1b]0;pwned\\x07 junk'", run.Stdout);
            Assert.DoesNotContain("\u001b", run.Stdout, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Output_onto_a_checked_plan_is_refused_and_the_plan_kept()
        {
            using var run = new CliRun().Write("plan.mcred", Broken);
            Assert.Equal(2, run.Run("check", "plan.mcred", "--output", "plan.mcred"));
            Assert.Equal("mcred: --output plan.mcred is one of the checked files (plan.mcred): write the report somewhere else", run.Stderr.Trim());
            Assert.Equal(Broken, run.Read("plan.mcred"));

            File.CreateSymbolicLink(Path.Combine(run.Folder, "report.txt"), Path.Combine(run.Folder, "plan.mcred"));
            Assert.Equal(2, run.Run("check", ".", "--output", "report.txt"));
            Assert.Equal(Broken, run.Read("plan.mcred"));
        }

        [Fact]
        public void Json_keeps_apostrophes_readable()
        {
            using var run = new CliRun().Write("a.mcred", "skill a {\n  why \"It's\"\n}\n");
            run.Run("check", "--format", "json");
            Assert.DoesNotContain("\\u0027", run.Stdout);
            System.Text.Json.JsonDocument.Parse(run.Stdout).Dispose();
        }

        [Fact]
        public void Errors_exit_1_in_msbuild_canonical_form_with_a_summary()
        {
            using var run = new CliRun().Write("plans/a.mcred", Broken);
            Assert.Equal(1, run.Run("check"));
            var lines = run.Stdout.Split('\n');
            Assert.StartsWith("plans/a.mcred(1,7): warning MCR1001: skill 'a' is in no category", lines[0]);
            Assert.Contains(lines, l => l.StartsWith("plans/a.mcred(2,13): error MCR0005: skill 'a': 'half-life' takes a duration"));
            Assert.Contains("1 error, 2 warnings, 1 suggestion", run.Stdout);
            Assert.Contains("in 1 file", run.Stdout);
        }

        [Fact]
        public void Fail_on_none_never_fails()
        {
            using var run = new CliRun().Write("a.mcred", Broken);
            Assert.Equal(0, run.Run("check", "--fail-on", "none"));
            Assert.Contains("MCR0005", run.Stdout);
        }

        [Fact]
        public void Missing_path_is_exit_2_with_a_one_line_message()
        {
            using var run = new CliRun();
            Assert.Equal(2, run.Run("check", "nowhere"));
            Assert.Equal("mcred: nowhere: path not found", run.Stderr.Trim());
            Assert.Empty(run.Stdout);
        }

        [Theory]
        [InlineData("check", "--format", "xml")]
        [InlineData("check", "--fail-on", "everything")]
        [InlineData("check", "--no-such-option")]
        [InlineData("frobnicate")]
        public void Usage_errors_exit_2_and_name_the_problem(params string[] args)
        {
            using var run = new CliRun();
            Assert.Equal(2, run.Run(args));
            Assert.Contains(args.Last(), run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
        }

        [Fact]
        public void Invalid_utf8_is_exit_2_naming_the_file()
        {
            using var run = new CliRun().WriteBytes("bad.mcred", new byte[] { (byte)'s', 0xC3, 0x28 });
            Assert.Equal(2, run.Run("check"));
            Assert.Contains("bad.mcred: not valid UTF-8", run.Stderr);
        }

        [Fact]
        public void Json_has_the_contract_shape_sorted_by_path_line_column_id()
        {
            using var run = new CliRun()
                .Write("b.mcred", Broken)
                .Write("a/z.mcred", "skill b {\n  reviewed 2026-02-30\n  half-life 3yrs\n}\nskill b {\n}\n");
            Assert.Equal(1, run.Run("check", "--format", "json"));
            using var doc = JsonDocument.Parse(run.Stdout);
            var root = doc.RootElement;
            Assert.Equal(1, root.GetProperty("version").GetInt32());
            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.Equal(
                new[] { "a/z.mcred:1:MCR1001", "a/z.mcred:1:MCR1006", "a/z.mcred:1:MCR1016", "a/z.mcred:2:MCR0005", "a/z.mcred:3:MCR0005", "a/z.mcred:5:MCR0003", "b.mcred:1:MCR1001", "b.mcred:1:MCR1006", "b.mcred:1:MCR1016", "b.mcred:2:MCR0005" },
                diagnostics.Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("id").GetString()}"));

            var first = diagnostics[3];
            Assert.Equal(
                new[] { "id", "rule", "severity", "message", "path", "line", "column", "endLine", "endColumn", "helpUri" },
                first.EnumerateObject().Select(p => p.Name));
            Assert.Equal("invalid-value", first.GetProperty("rule").GetString());
            Assert.Equal("error", first.GetProperty("severity").GetString());
            Assert.Equal((12, 22), (first.GetProperty("column").GetInt32(), first.GetProperty("endColumn").GetInt32()));
            Assert.EndsWith("docs/rules/MCR0005.md", first.GetProperty("helpUri").GetString());
            Assert.Equal(4, root.GetProperty("summary").GetProperty("errors").GetInt32());
            Assert.Equal(4, root.GetProperty("summary").GetProperty("warnings").GetInt32());
            Assert.Equal(2, root.GetProperty("summary").GetProperty("files").GetInt32());
        }

        [Fact]
        public void Crlf_and_bom_files_report_the_same_positions_as_lf()
        {
            var crlf = Broken.Replace("skill a", "skill b").Replace("\n", "\r\n");
            var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray();
            using var run = new CliRun().Write("lf.mcred", Broken).WriteBytes("x-crlf-bom.mcred", bom);
            run.Run("check");
            var lines = run.Stdout.Split('\n').Where(l => l.Contains("MCR0005")).ToList();
            Assert.StartsWith("lf.mcred(2,13): error MCR0005", lines[0]);
            Assert.StartsWith("x-crlf-bom.mcred(2,13): error MCR0005", lines[1]);
        }

        [Fact]
        public void Output_file_is_written_and_stdout_stays_empty()
        {
            using var run = new CliRun().Write("a.mcred", Broken);
            Directory.CreateDirectory(Path.Combine(run.Folder, "out"));
            Assert.Equal(1, run.Run("check", "--format", "json", "--output", "out/report.json"));
            Assert.Empty(run.Stdout);
            using var doc = JsonDocument.Parse(run.Read("out/report.json"));
            Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "MCR0005");
            Assert.Single(Directory.GetFiles(Path.Combine(run.Folder, "out")));
        }

        [Fact]
        public void Only_mcred_files_are_checked_and_a_file_path_works_too()
        {
            using var run = new CliRun().Write("notes.txt", "not a plan {").Write("sub/a.mcred", Broken);
            Assert.Equal(1, run.Run("check", "sub/a.mcred"));
            Assert.Contains("in 1 file", run.Stdout);
        }

        [Fact]
        public void Build_output_and_dot_folders_are_not_walked()
        {
            using var run = new CliRun()
                .Write("plans/a.mcred", "category a { type soft } # mcred-disable-line\n")
                .Write("plans/bin/Debug/a.mcred", Broken)
                .Write("plans/obj/a.mcred", Broken)
                .Write("plans/.git/a.mcred", Broken);
            run.Run("check", "plans");
            Assert.Contains("in 1 file", run.Stdout);
            Assert.Equal(1, run.Run("check", "plans/bin/Debug"));
        }

        [Fact]
        public void A_symbolic_link_loop_is_walked_once()
        {
            using var run = new CliRun().Write("plans/a.mcred", Broken);
            Directory.CreateSymbolicLink(Path.Combine(run.Folder, "plans", "loop"), Path.Combine(run.Folder, "plans"));
            Assert.Equal(1, run.Run("check", "plans"));
            Assert.Contains("in 1 file", run.Stdout);
        }
    }
}
