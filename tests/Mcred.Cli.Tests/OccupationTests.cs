using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>ESCO occupations: import with relations (real ESCO v1.1.1 rows), coverage, and the report's coverage section.</summary>
    public class OccupationTests
    {
        private static string Data => Path.Combine(AppContext.BaseDirectory, "Data", "esco-occupations");

        /// <summary>The ESCO excerpt imported into "esco", and the occupation's ID.</summary>
        private static CliRun Imported()
        {
            var run = new CliRun();
            Assert.Equal(0, run.Run("import", "esco", Data, "--relations", Data, "--output", "esco"));
            return run;
        }

        [Fact]
        public void Import_with_relations_writes_occupations_with_their_essential_and_optional_skills()
        {
            using var run = Imported();
            Assert.Equal("imported 52 skills and 1 occupations into 3 files in esco\nskipped 1 relations naming an occupation or skill the classification does not have", run.Stdout.Trim());
            var text = run.Read("esco/occupations-001.mcred");
            var declaration = Regex.Match(text, "occupation data-analyst \"data analyst\" \\{\\n  aligns esco \"http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2\"\\n  essential (?<essential>[^\\n]+)\\n  optional (?<optional>[^\\n]+)\\n\\}");
            Assert.True(declaration.Success, text);
            Assert.Equal(30, declaration.Groups["essential"].Value.Split(", ").Length);
            Assert.Equal(22, declaration.Groups["optional"].Value.Split(", ").Length);

            Assert.Equal(0, run.Run("check", "esco", "--fail-on", "suggestion"));
            Assert.Equal(0, run.Run("fmt", "--check", "esco"));
        }

        [Fact]
        public void A_relations_file_without_the_expected_columns_is_a_one_line_error()
        {
            using var run = new CliRun().Write("relations/occupationSkillRelations.csv", "occupation,relation,skill\na,essential,b\n");
            Assert.Equal(2, run.Run("import", "esco", Data, "--relations", "relations", "--output", "esco"));
            Assert.Equal("mcred: occupationSkillRelations.csv: no 'occupationUri' column (expected ESCO v1.1.1's occupationUri, relationType, skillType, skillUri)", run.Stderr.Trim());
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "esco")));
        }

        /// <summary>A plan whose credential lists the first four essential skills of the imported data-analyst; returns them all.</summary>
        private static string[] AddPlanCoveringFourEssentialSkills(CliRun run)
        {
            var essential = Regex.Match(run.Read("esco/occupations-001.mcred"), "  essential ([^\\n]+)").Groups[1].Value.Split(", ");
            AddPlan(run, string.Join(", ", essential.Take(4)));
            return essential;
        }

        private static void AddPlan(CliRun run, string skills) => run.Write("plan.mcred",
            "category t \"T\" { type technical }\n" +
            $"credential analytics \"Analytics\" {{\n  skills {skills}\n  prepares-for data-analyst\n}}\n" +
            "pathway route \"Route\" {\n  steps analytics\n  prepares-for data-analyst\n}\n");

        [Fact]
        public void Coverage_lists_every_missing_essential_skill_and_json_gives_the_same()
        {
            using var run = Imported();
            var essential = AddPlanCoveringFourEssentialSkills(run);

            Assert.Equal(0, run.Run("coverage", "."));
            var lines = run.Stdout.Split('\n');
            Assert.StartsWith("DECLARATION", lines[0]);
            Assert.Contains("credential 'analytics'", lines[1]);
            Assert.Contains("4 of 30 (13%), below 50%", lines[1]);
            Assert.Equal("  missing: " + string.Join(", ", essential.Skip(4)), lines[2]);
            Assert.Contains("pathway 'route'", lines[3]);

            Assert.Equal(0, run.Run("coverage", ".", "--format", "json"));
            using var json = JsonDocument.Parse(run.Stdout);
            var first = json.RootElement.GetProperty("coverage")[0];
            Assert.Equal(("credential", "analytics", "data-analyst", 4, 30, 13, true), (first.GetProperty("kind").GetString(), first.GetProperty("id").GetString(), first.GetProperty("occupation").GetString(), first.GetProperty("covered").GetInt32(), first.GetProperty("essential").GetInt32(), first.GetProperty("percent").GetInt32(), first.GetProperty("below").GetBoolean()));
            Assert.Equal(essential.Skip(4), first.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("id").GetString()));

            Assert.Equal(0, run.Run("check", "."));
            Assert.Contains("MCR1022: credential 'analytics' prepares for occupation 'data-analyst' but covers 4 of its 30 essential skills (13%, below 50%)", run.Stdout);
        }

        [Fact]
        public void The_threshold_follows_configuration_and_a_covered_occupation_is_not_reported()
        {
            using var run = Imported();
            AddPlanCoveringFourEssentialSkills(run);
            run.Write(".editorconfig", "root = true\n[*.mcred]\nmcred_min_essential_coverage = 10\n");
            Assert.Equal(0, run.Run("coverage", "."));
            Assert.DoesNotContain("below", run.Stdout);
            Assert.Equal(0, run.Run("check", "."));
            Assert.DoesNotContain("MCR1022", run.Stdout);

            run.Write(".editorconfig", "root = true\n[*.mcred]\nmcred_min_essential_coverage = 120\n");
            Assert.Equal(1, run.Run("check", "."));
            Assert.Contains("MCR0007", run.Stdout);
        }

        [Fact]
        public void The_report_shows_coverage_and_ctdl_names_the_occupation()
        {
            using var run = Imported();
            AddPlanCoveringFourEssentialSkills(run);
            Assert.Equal(0, run.Run("report", ".", "--output", "plan.html"));
            var document = ReportTests.Parse(run.Read("plan.html"));
            var row = document.QuerySelectorAll("#coverage tbody tr").First();
            Assert.Contains("4 of 30", row.TextContent);
            Assert.NotNull(document.QuerySelector("#coverage svg[role=img]"));
            Assert.Equal(26, document.QuerySelectorAll("#coverage .missing li").Length / 2);

            Assert.Equal(0, run.Run("export", "ctdl", ".", "--output", "plan.ctdl.json"));
            using var graph = JsonDocument.Parse(run.Read("plan.ctdl.json"));
            var credential = graph.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.TryGetProperty("ceterms:name", out var name) && name.GetProperty("en").GetString() == "Analytics");
            var occupationType = credential.GetProperty("ceterms:occupationType")[0];
            Assert.Equal("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", occupationType.GetProperty("ceterms:targetNode").GetString());
            Assert.Equal("data analyst", occupationType.GetProperty("ceterms:targetNodeName").GetProperty("en").GetString());
        }
    }
}
