using System.IO;
using System.Linq;
using System.Text.Json;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary><c>--baseline</c> and <c>--update-baseline</c>: adopt mcred on a plan with existing findings.</summary>
    public class BaselineTests
    {
        private const string Plan =
            "skill lonely \"Lonely\" {\n  why \"Teams that write down why a skill matters keep it current.\"\n}\n\n" +
            "skill quiet \"Quiet\" {\n  why \"Teams that write down why a skill matters keep it current too.\"\n}\n";

        [Fact]
        public void A_baselined_plan_reports_nothing_and_keeps_matching_when_lines_move()
        {
            using var run = new CliRun().Write("plans/a.mcred", Plan);
            Assert.Equal(1, run.Run("check", "plans", "--fail-on", "suggestion"));
            Assert.Equal(0, run.Run("check", "plans", "--fail-on", "suggestion", "--baseline", "mcred-baseline.json", "--update-baseline"));
            Assert.Equal("mcred: mcred-baseline.json: recorded 4 findings", run.Stderr.Trim());

            using var written = JsonDocument.Parse(run.Read("mcred-baseline.json"));
            Assert.Equal(1, written.RootElement.GetProperty("version").GetInt32());
            var first = written.RootElement.GetProperty("findings")[0];
            Assert.Equal(("plans/a.mcred", "MCR1001", "skill:lonely", 1), (first.GetProperty("path").GetString(), first.GetProperty("rule").GetString(), first.GetProperty("declaration").GetString(), first.GetProperty("count").GetInt32()));

            run.Write("plans/a.mcred", "# A comment that moves every line down.\n\n" + Plan);
            Assert.Equal(0, run.Run("check", "plans", "--fail-on", "suggestion", "--baseline", "mcred-baseline.json"));
            Assert.Contains("0 errors, 0 warnings, 0 suggestions", run.Stdout);
        }

        [Fact]
        public void A_new_finding_is_reported_and_a_fixed_one_is_noted_and_pruned_on_update()
        {
            using var run = new CliRun().Write("a.mcred", Plan);
            run.Run("check", "--baseline", "b.json", "--update-baseline");
            var before = run.Read("b.json");

            run.Write("a.mcred", Plan.Replace("skill quiet \"Quiet\" {\n  why \"Teams that write down why a skill matters keep it current too.\"\n}\n", "skill quiet \"Quiet\" {\n  category c\n}\ncategory c \"C\" { type soft }\n"));
            Assert.Equal(0, run.Run("check", "--baseline", "b.json"));
            Assert.Contains("warning MCR1006: skill 'quiet'", run.Stdout);
            Assert.DoesNotContain("MCR1001", run.Stdout);
            Assert.Equal("mcred: 1 baselined finding is fixed; run with --update-baseline to drop it from b.json", run.Stderr.Trim());

            run.Run("check", "--baseline", "b.json", "--update-baseline");
            Assert.NotEqual(before, run.Read("b.json"));
            using var updated = JsonDocument.Parse(run.Read("b.json"));
            Assert.DoesNotContain(updated.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "MCR1001" && f.GetProperty("declaration").GetString() == "skill:quiet");
            Assert.Contains(updated.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "MCR1006" && f.GetProperty("declaration").GetString() == "skill:quiet");
            Assert.Equal(0, run.Run("check", "--baseline", "b.json", "--fail-on", "suggestion"));
        }

        [Fact]
        public void Compiler_errors_are_never_baselined()
        {
            using var run = new CliRun().Write("a.mcred", Plan + "credential c \"C\" {\n  skills nowhere\n}\n");
            run.Run("check", "--baseline", "b.json", "--update-baseline");
            Assert.DoesNotContain("MCR0002", run.Read("b.json"));
            Assert.Equal(1, run.Run("check", "--baseline", "b.json"));
            Assert.Contains("MCR0002", run.Stdout);
        }

        [Theory]
        [InlineData("not json", "not a valid mcred baseline (not JSON")]
        [InlineData("{\"findings\": []}", "not a valid mcred baseline (no \"version\")")]
        [InlineData("{\"version\": 2, \"findings\": []}", "not a valid mcred baseline (version 2; this mcred reads version 1")]
        [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.mcred\", \"rule\": \"MCR1001\"}]}", "not a valid mcred baseline (finding 1 has no \"declaration\" string)")]
        [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.mcred\", \"rule\": \"MCR1001\", \"declaration\": \"\", \"count\": 0}]}", "not a valid mcred baseline (finding 1 has no positive \"count\")")]
        public void A_broken_baseline_is_a_one_line_error_naming_it(string content, string reason)
        {
            using var run = new CliRun().Write("a.mcred", Plan).Write("b.json", content);
            Assert.Equal(2, run.Run("check", "--baseline", "b.json"));
            Assert.StartsWith("mcred: b.json: " + reason, run.Stderr.Trim());
            Assert.Single(run.Stderr.Trim().Split('\n'));
        }

        [Fact]
        public void A_missing_baseline_or_an_update_without_a_file_is_a_usage_error()
        {
            using var run = new CliRun().Write("a.mcred", Plan);
            Assert.Equal(2, run.Run("check", "--baseline", "missing.json"));
            Assert.Equal("mcred: missing.json: baseline not found (write it with --update-baseline)", run.Stderr.Trim());
            Assert.Equal(2, run.Run("check", "--update-baseline"));
            Assert.Contains("--update-baseline needs --baseline FILE", run.Stderr);
            Assert.False(File.Exists(Path.Combine(run.Folder, "missing.json")));
        }
    }
}
