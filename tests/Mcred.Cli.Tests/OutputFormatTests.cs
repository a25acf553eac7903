using System.IO;
using System.Linq;
using System.Text.Json;
using NJsonSchema;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    public class OutputFormatTests
    {
        // An error, a warning and a suggestion.
        private const string Plan = "skill a {\n  half-life 3yrs\n}\ncategory c {\n  type soft\n}\n";

        [Fact]
        public async System.Threading.Tasks.Task Sarif_validates_against_the_official_schema_and_carries_rules_and_regions()
        {
            using var run = new CliRun().Write("plans/p.mcred", Plan);
            Assert.Equal(1, run.Run("check", "--format", "sarif"));
            var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
            var errors = schema.Validate(run.Stdout);
            Assert.Empty(errors.Select(e => e.ToString()));

            using var doc = JsonDocument.Parse(run.Stdout);
            var runObject = doc.RootElement.GetProperty("runs")[0];
            var rules = runObject.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            var mcr1004 = rules.Single(r => r.GetProperty("id").GetString() == "MCR1015");
            Assert.Equal("empty-category", mcr1004.GetProperty("name").GetString());
            Assert.Equal("note", mcr1004.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.EndsWith("docs/rules/MCR1015.md", mcr1004.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(mcr1004.GetProperty("shortDescription").GetProperty("text").GetString()));

            var result = runObject.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "MCR0005");
            Assert.Equal("error", result.GetProperty("level").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("plans/p.mcred", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = location.GetProperty("region");
            Assert.Equal((2, 13, 2, 17), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        }

        [Fact]
        public async System.Threading.Tasks.Task Sarif_of_a_clean_workspace_validates_too()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("check", Path.Combine(System.AppContext.BaseDirectory, "examples"), "--format", "sarif"));
            var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
            Assert.Empty(schema.Validate(run.Stdout));
        }

        [Fact]
        public void Github_prints_workflow_commands_with_suggestions_as_notices()
        {
            using var run = new CliRun().Write("p.mcred", Plan);
            run.Run("check", "--format", "github");
            var lines = run.Stdout.TrimEnd().Split('\n');
            Assert.Contains("::error file=p.mcred,line=2,col=13,endLine=2,endColumn=17,title=MCR0005::skill 'a': 'half-life' takes a duration such as 3y or 18mo, found '3yrs', which is no valid value", lines);
            Assert.Contains(lines, l => l.StartsWith("::warning file=p.mcred,line=1,col=7,") && l.Contains("title=MCR1001::"));
            Assert.Contains(lines, l => l.StartsWith("::notice file=p.mcred,line=4,col=10,") && l.Contains("title=MCR1015::"));
        }

        [Fact]
        public void Github_messages_cannot_inject_commands()
        {
            using var run = new CliRun().Write("p.mcred", "skill a \"x::error::pwned%\" {\n}\nskill b \"X::ERROR::PWNED%\" {\n}\n");
            run.Run("check", "--format", "github");
            var lines = run.Stdout.TrimEnd().Split('\n');
            Assert.All(lines, l => Assert.Equal(2, l.Split("::").Length - 1));
            Assert.Contains(lines, l => l.Contains("%3A%3Aerror%3A%3Apwned%25"));
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("sarif")]
        [InlineData("github")]
        public void Every_format_can_be_written_to_a_file(string format)
        {
            using var run = new CliRun().Write("p.mcred", Plan);
            Assert.Equal(1, run.Run("check", "--format", format, "--output", "report.out"));
            Assert.Empty(run.Stdout);
            Assert.Contains("MCR0005", run.Read("report.out"));
            Assert.Single(Directory.GetFiles(run.Folder, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(run.Folder, "report.out")));
        }

        [Fact]
        public void Fail_on_levels_decide_the_exit_code()
        {
            using var run = new CliRun().Write("p.mcred", "skill a {\n}\ncategory c {\n  type soft\n}\n");
            Assert.Equal(0, run.Run("check"));
            Assert.Equal(1, run.Run("check", "--fail-on", "warning"));
            Assert.Equal(1, run.Run("check", "--fail-on", "suggestion"));
            using var onlySuggestions = new CliRun().Write("p.mcred", "category c {\n  type soft\n}\n");
            Assert.Equal(0, onlySuggestions.Run("check", "--fail-on", "warning"));
            Assert.Equal(1, onlySuggestions.Run("check", "--fail-on", "suggestion"));
        }

        [Fact]
        public void Configured_severities_reach_the_exit_code()
        {
            using var run = new CliRun()
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1015.severity = error\n")
                .Write("p.mcred", "category c {\n  type soft\n}\n");
            Assert.Equal(1, run.Run("check"));
            Assert.Contains("p.mcred(1,10): error MCR1015", run.Stdout);
        }

        [Theory]
        [InlineData(false, false, false)]
        [InlineData(true, false, true)]
        [InlineData(true, true, false)]
        public void Text_is_coloured_only_on_a_terminal_without_NO_COLOR(bool terminal, bool noColor, bool coloured)
        {
            using var run = new CliRun { Terminal = terminal, NoColor = noColor }.Write("p.mcred", Plan);
            run.Run("check");
            Assert.Contains("MCR", run.Stdout);
            Assert.Equal(coloured, run.Stdout.Contains("\u001b["));
        }
    }
}
