using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Mcred.Model;
using Mcred.Workspace;
using Mcred.TestSupport;
using Xunit;
using Mcred.Tooling.Import;

namespace Mcred.Cli.Tests
{
    /// <summary>Imports real ESCO and O*NET excerpts (Data/README.md) and checks the workspaces they become.</summary>
    public class ImportCommandTests
    {
        private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");

        private static McredModel Imported(CliRun run, string folder)
        {
            var result = McredChecker.CheckDisk(new[] { folder }, run.Folder, new System.DateTime(2026, 11, 28));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Mcred.Diagnostics.McredSeverity.Error);
            return result.Model;
        }

        [Fact]
        public void Esco_zip_becomes_a_workspace_with_soft_transversal_categories_and_aligned_skills()
        {
            using var run = new CliRun();
            var zip = Path.Combine(run.Folder, "esco.zip");
            ZipFile.CreateFromDirectory(Path.Combine(Data, "esco"), zip);
            Assert.Equal(0, run.Run("import", "esco", zip, "--output", "esco"));
            Assert.Contains("imported 20 skills", run.Stdout);

            var model = Imported(run, "esco");
            Assert.Equal(20, model.Skills.Count);
            var sql = model.Skills.Single(s => s.Name == "SQL");
            Assert.Equal("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", sql.Alignments.Single().Code);
            Assert.Equal("esco", sql.Alignments.Single().Framework);
            Assert.True(sql.IsTechnical);

            // The excerpt holds the first six skills of ESCO's transversal collection.
            Assert.Equal(6, model.Skills.Count(s => s.IsSoft));
            Assert.All(model.Skills, s => Assert.Single(s.Categories));
            Assert.All(model.Skills.Where(s => s.Why != null), s => Assert.InRange(Mcred.Rules.BuiltIn.OverlongWhyRule.PerceivedLength(s.Why!), 1, 280));
        }

        [Fact]
        public void Esco_why_statements_come_from_descriptions_and_are_never_invented()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("import", "esco", Path.Combine(Data, "esco", "skills_en.csv"), "-o", "esco"));
            var model = Imported(run, "esco");
            var rows = File.ReadAllText(Path.Combine(Data, "esco", "skills_en.csv"));
            foreach (var skill in model.Skills.Where(s => s.Why != null))
            {
                var firstWords = string.Join(" ", skill.Why!.Split(' ').Take(4));
                Assert.Contains(firstWords, rows.Replace("\n", " ").Replace("  ", " "));
            }
        }

        [Fact]
        public void Ctdl_framework_becomes_categories_and_skills()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("import", "ctdl", Path.Combine(Data, "onet", "onet-basic-skills-ctdl-asn.json"), "-o", "onet"));
            var model = Imported(run, "onet");
            Assert.Equal(10, model.Skills.Count);
            Assert.Equal(new[] { "Content", "Process", "Soft skills" }, model.Categories.Select(c => c.Name).OrderBy(n => n));
            var listening = model.Skills.Single(s => s.Name == "Active Listening");
            Assert.Equal("Soft skills", listening.Categories.Single().Name);
            Assert.True(listening.IsSoft);
            Assert.True(model.Skills.Single(s => s.Name == "Mathematics").IsTechnical);
            Assert.StartsWith("Giving full attention to what other people are saying", listening.Why);
            Assert.StartsWith("https://www.onetcenter.org/ctdlasn/resources/", listening.Alignments.Single().Code);
            Assert.True(model.Skills.Single(s => s.Name == "Critical Thinking").IsSoft);
            Assert.StartsWith("# Imported from the CTDL-ASN framework \"O*NET", File.ReadAllText(Path.Combine(run.Folder, "onet", "skills-001.mcred")));
        }

        [Fact]
        public void Import_never_overwrites_and_reports_bad_input_in_one_line()
        {
            using var run = new CliRun();
            var onet = Path.Combine(Data, "onet", "onet-basic-skills-ctdl-asn.json");
            Assert.Equal(0, run.Run("import", "ctdl", onet, "-o", "onet"));
            var before = File.ReadAllText(Path.Combine(run.Folder, "onet", "categories.mcred"));
            Assert.Equal(2, run.Run("import", "ctdl", onet, "-o", "onet"));
            Assert.Contains("already has categories.mcred", run.Stderr);
            Assert.Equal(before, File.ReadAllText(Path.Combine(run.Folder, "onet", "categories.mcred")));

            run.Write("bad.json", "{ not json");
            Assert.Equal(2, run.Run("import", "ctdl", "bad.json", "-o", "x"));
            Assert.Contains("bad.json: not JSON", run.Stderr);
            Assert.Equal(2, run.Run("import", "esco", "nowhere.zip", "-o", "x"));
            Assert.Contains("path not found", run.Stderr);
        }

        /// <summary>O*NET skills the seeds count as soft land in a soft category, by the table in docs/import.md.</summary>
        [Fact]
        public void Onet_skills_the_seeds_count_as_soft_are_imported_as_soft()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("import", "ctdl", Path.Combine(Data, "onet", "onet-basic-skills-ctdl-asn.json"), "-o", "onet"));
            var soft = Imported(run, "onet").Skills.Where(s => s.IsSoft).Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(new[] { "Active Learning", "Active Listening", "Critical Thinking", "Learning Strategies", "Monitoring", "Speaking", "Writing" }, soft);
            var table = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "import.md"));
            Assert.All(CtdlImporter.SoftSkillLabels, label => Assert.Contains("| " + label + " |", table));
        }

        [Theory]
        [InlineData("esco", "esco")]
        [InlineData("ctdl", "onet/onet-basic-skills-ctdl-asn.json")]
        public void An_import_is_a_clean_formatted_library_and_a_prefix_keeps_its_ids_apart(string kind, string source)
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("import", kind, Path.Combine(Data, source), "--prefix", "lib", "-o", "lib"));
            Assert.Equal(0, run.Run("check", "lib", "--fail-on", "suggestion"));
            Assert.Equal(0, run.Run("fmt", "--check", "lib"));
            var model = Imported(run, "lib");
            Assert.All(model.Declarations, d => Assert.StartsWith("lib-", d.Id));
            Assert.Contains("# mcred-disable-file MCR1016", File.ReadAllText(Path.Combine(run.Folder, "lib", "skills-001.mcred")));
        }

        [Fact]
        public void A_prefix_that_is_no_id_is_a_usage_error()
        {
            using var run = new CliRun();
            Assert.Equal(2, run.Run("import", "esco", Path.Combine(Data, "esco"), "--prefix", "1 bad", "-o", "lib"));
            Assert.Contains("--prefix '1 bad' is not an ID", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "lib")));
        }

        [Fact]
        public void A_framework_name_with_line_breaks_stays_inside_the_header_comment()
        {
            using var run = new CliRun();
            var framework = File.ReadAllText(Path.Combine(Data, "onet", "onet-basic-skills-ctdl-asn.json"));
            var injected = System.Text.RegularExpressions.Regex.Replace(framework, "\"O\\*NET Content Model", "\"O*NET\\nskill injected {\\n}\\u2028category x {}\\nContent Model");
            Assert.NotEqual(framework, injected);
            run.Write("framework.json", injected);
            Assert.Equal(0, run.Run("import", "ctdl", "framework.json", "-o", "onet"));
            var model = Imported(run, "onet");
            Assert.DoesNotContain(model.Skills, s => s.Id == "injected");
            Assert.DoesNotContain(model.Categories, c => c.Id == "x");
        }

        /// <summary>Shapes that used to crash the importer with a stack trace: one line naming the file, record and field, exit 2, nothing written.</summary>
        [Theory]
        [InlineData("[]", "the root is an array, not an object")]
        [InlineData("{\"@graph\":[{\"@id\":42,\"@type\":\"ceasn:Competency\"}]}", "@graph record 1: '@id' is a number, expected a string")]
        [InlineData("{\"@graph\":[{\"@id\":\"a\",\"@type\":\"ceasn:Competency\",\"ceasn:isChildOf\":{\"x\":1}}]}", "@graph record 1: 'ceasn:isChildOf' is an object, expected a list of @id strings")]
        [InlineData("{\"@graph\":[{\"@id\":\"a\",\"@type\":\"ceasn:Competency\",\"ceasn:competencyLabel\":\"bad \\uD800 label\"}]}", "framework.json: ")]
        public void A_ctdl_file_of_the_wrong_shape_is_one_line_and_exit_2(string json, string message)
        {
            using var run = new CliRun().Write("framework.json", json);
            Assert.Equal(2, run.Run("import", "ctdl", "framework.json", "-o", "out"));
            Assert.Contains(message, run.Stderr);
            Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "out")));
        }

        [Theory]
        [InlineData("conceptUri")]
        [InlineData("preferredLabel")]
        public void An_esco_csv_without_a_needed_column_is_one_line_naming_it(string column)
        {
            var header = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,description".Replace(column, "renamed");
            using var run = new CliRun().Write("esco/skills_en.csv", header + "\nKnowledgeSkillCompetence,http://x,skill/competence,sector-specific,SQL,released,Query data.\n");
            Assert.Equal(2, run.Run("import", "esco", "esco", "-o", "out"));
            Assert.Contains($"skills_en.csv: record 1 has no '{column}' field", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "out")));
        }

        [Theory]
        [InlineData("Use a spreadsheet", "use-a-spreadsheet")]
        [InlineData("C++ / C#", "c-c")]
        [InlineData("3D modelling", "s-3d-modelling")]
        [InlineData("Résumé writing", "resume-writing")]
        public void Ids_are_kebab_case_identifiers(string label, string id) =>
            Assert.Equal(id, ImportedWorkspace.Slug(label));

        [Fact]
        public void A_huge_description_in_a_taxonomy_is_cut_so_the_plan_stays_readable()
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Data, "onet", "onet-basic-skills-ctdl-asn.json")))!;
            var group = json["@graph"]!.AsArray().First(n => n!["ceasn:hasChild"] != null)!;
            group["ceasn:competencyText"] = new System.Text.Json.Nodes.JsonObject { ["en-us"] = new string('w', 1_000_000) };
            using var run = new CliRun().Write("big.json", json.ToJsonString());
            Assert.Equal(0, run.Run("import", "ctdl", "big.json", "-o", "onet"));
            var categories = run.Read("onet/categories.mcred");
            Assert.InRange(categories.Length, 100, 20_000);
            Assert.Contains("…", categories);
            Assert.Equal(0, run.Run("check", "onet", "--fail-on", "warning"));
        }
    }
}
