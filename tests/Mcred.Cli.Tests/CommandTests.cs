using System;
using System.IO;
using System.Linq;
using Mcred.Rules;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    public class CommandTests
    {
        [Fact]
        public void Rules_lists_every_diagnostic_with_name_default_severity_and_summary()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("rules"));
            var lines = run.Stdout.TrimEnd().Split('\n');
            Assert.StartsWith("ID", lines[0]);
            Assert.Equal(RuleRegistry.Default.All.Count, lines.Length - 1);
            Assert.Contains(lines, l => l.StartsWith("MCR1003") && l.Contains("missing-soft-skill") && l.Contains("warning") && l.Contains("pathway"));
            Assert.Contains(lines, l => l.StartsWith("MCR1004") && l.Contains("suggestion"));
        }

        public static TheoryData<string> AllIds()
        {
            var data = new TheoryData<string>();
            foreach (var info in RuleRegistry.Default.All)
            {
                data.Add(info.Id);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Explain_prints_the_docs_page_of_every_listed_rule(string id)
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("explain", id));
            Assert.StartsWith("# " + id, run.Stdout);
            foreach (var section in new[] { "## Why", "## Bad", "## Good", "## Options", "## Configure the severity" })
            {
                Assert.Contains(section, run.Stdout);
            }
        }

        [Fact]
        public void Explain_accepts_rule_names_and_lower_case_ids()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("explain", "overlong-why"));
            Assert.StartsWith("# MCR1005", run.Stdout);
            Assert.Equal(0, run.Run("explain", "mcr1005"));
        }

        [Fact]
        public void Explain_of_an_unknown_id_is_exit_2_with_the_closest_id()
        {
            using var run = new CliRun();
            Assert.Equal(2, run.Run("explain", "MCR1030"));
            Assert.Contains("did you mean MCR1003?", run.Stderr);
        }

        [Fact]
        public void New_creates_a_workspace_with_no_noise_clean_and_formatted()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("new", "plans"));
            Assert.True(File.Exists(Path.Combine(run.Folder, "plans", "plan.mcred")));
            Assert.True(File.Exists(Path.Combine(run.Folder, "plans", "soft-skills.mcred")));
            Assert.Equal(0, run.Run("check", "plans", "--fail-on", "suggestion"));
            Assert.StartsWith("0 errors, 0 warnings, 0 suggestions", run.Stdout);
            Assert.Equal(0, run.Run("fmt", "--check", "plans"));
        }

        [Fact]
        public void New_starts_from_a_worked_plan_with_no_placeholder_and_next_steps_that_run_from_here()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("new", "plans"));
            var plan = run.Read("plans/plan.mcred");
            foreach (var placeholder in new[] { "Replace", "replace this", "Your ", "your-", "TODO", "..." })
            {
                Assert.DoesNotContain(placeholder, plan, StringComparison.Ordinal);
            }

            // Run from a clone (as these tests are), the advice is the dotnet run form, not an 'mcred' that is not installed.
            var project = Path.GetRelativePath(run.Folder, Path.Combine(DotnetProcess.RepositoryRoot(), "src", "Mcred.Cli")).Replace('\\', '/');
            Assert.Contains($"  dotnet run --project {project} -- check plans\n", run.Stdout, StringComparison.Ordinal);
            Assert.Contains($"  dotnet run --project {project} -- report plans --output plan.html\n", run.Stdout, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/home/u/.dotnet/tools/.store/mcred.cli/0.1.0/mcred.cli/0.1.0/tools/net10.0/any/", "mcred")]
        [InlineData("/opt/elsewhere/", "mcred")]
        public void Advice_names_mcred_when_the_program_is_an_installed_tool(string programFolder, string expected)
        {
            Assert.Equal(expected, Invocation.Command(programFolder, "/home/u/plans"));
        }

        [Fact]
        public void Advice_from_a_clone_runs_the_project_relative_to_the_current_folder()
        {
            var root = DotnetProcess.RepositoryRoot();
            Assert.Equal("dotnet run --project src/Mcred.Cli --", Invocation.Command(AppContext.BaseDirectory, root));
        }

        [Fact]
        public void New_refuses_to_overwrite_and_names_the_files()
        {
            using var run = new CliRun().Write("plans/plan.mcred", "# mine\n");
            Assert.Equal(2, run.Run("new", "plans"));
            Assert.Contains("plan.mcred", run.Stderr);
            Assert.Equal("# mine\n", run.Read("plans/plan.mcred"));
            Assert.False(File.Exists(Path.Combine(run.Folder, "plans", "soft-skills.mcred")));
        }

        [Theory]
        [InlineData("check")]
        [InlineData("test")]
        [InlineData("rules")]
        [InlineData("explain")]
        [InlineData("fmt")]
        [InlineData("new")]
        [InlineData("import")]
        [InlineData("import esco")]
        public void Every_command_has_help_with_examples(string command)
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run(command.Split(' ').Append("--help").ToArray()));
            Assert.Contains("Examples:\n  mcred " + command, run.Stdout.Replace("\r\n", "\n"));
        }

        [Fact]
        public void Root_help_lists_each_command_on_one_line()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("--help"));
            Assert.Contains("Usage:\n  mcred [command] [options]", run.Stdout);
            Assert.DoesNotContain("Examples:", run.Stdout);
        }

        [Fact]
        public void Version_prints_the_version()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("--version"));
            Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
        }

        [Fact]
        public void Unknown_option_is_named_in_the_error()
        {
            using var run = new CliRun();
            Assert.Equal(2, run.Run("fmt", "--chek"));
            Assert.Contains("--chek", run.Stderr);
        }

        [Theory]
        [InlineData("chek", "did you mean 'check'?")]
        [InlineData("fmat", "did you mean 'fmt'?")]
        [InlineData("xyzzy", "the commands are check, ")]
        public void A_mistyped_command_is_one_line_naming_the_command_meant(string typed, string expected)
        {
            using var run = new CliRun();
            Assert.Equal(2, run.Run(typed, "."));
            var line = Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.Contains($"'{typed}' is not a command", line);
            Assert.Contains(expected, line);
        }
    }
}
