using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mcred.Model;
using Mcred.TestSupport;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// <c>mcred import lightcast</c> on the hand-made sample (Data/lightcast, made-up IDs in the API's documented shape)
    /// and on generated files: the type mapping, categories, alignments, why statements, removed skills, hostile text,
    /// and every kind of bad input as one line with nothing written.
    /// </summary>
    public class LightcastImportTests
    {
        private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Data", "lightcast", "skills-sample.json");

        private static McredModel CheckedClean(CliRun run, string folder)
        {
            Assert.True(run.Run("check", folder, "--fail-on", "suggestion") == 0, run.Stdout + run.Stderr);
            Assert.Equal(0, run.Run("fmt", "--check", folder));
            return McredChecker.CheckDisk(new[] { folder }, run.Folder, CliRun.Today).Model;
        }

        [Fact]
        public void The_sample_becomes_a_quiet_library_with_the_methods_three_types()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("import", "lightcast", Sample, "--prefix", "lc", "--output", "lightcast"));
            Assert.Equal("imported 8 skills into 2 files in lightcast\nskipped 2 removed skills\n", run.Stdout.Replace("\r", string.Empty));
            var model = CheckedClean(run, "lightcast");
            Skill Named(string name) => model.Skills.Single(s => s.Name == name);

            Assert.True(Named("SQL (Programming Language)").IsTechnical);                   // ST1 Specialized
            Assert.True(Named("Communication").IsSoft);                                     // ST2 Common
            Assert.True(Named("Microsoft Excel").IsTechnical);                              // ST2, but software
            Assert.Equal(new[] { CategoryType.Certification }, Named("Certified Example Data Analyst").Types);   // ST3
            Assert.True(Named("Spanish Language").IsSoft);                                  // a language is a Common skill
            Assert.DoesNotContain(model.Skills, s => s.Name == "Punched Card Sorting" || s.Name == "Old Spreadsheet Name");

            // A subcategory is a category "Category / Subcategory"; one that holds two types is split by type.
            Assert.Equal("Information Technology / Query Languages", Named("SQL (Programming Language)").Categories.Single().Name);
            Assert.Equal("Business / Presentations (soft)", Named("Public Speaking").Categories.Single().Name);
            Assert.Equal("Business / Presentations (technical)", Named("Presentation Software").Categories.Single().Name);
            Assert.Equal("Analysis Certifications", Named("Certified Example Data Analyst").Categories.Single().Name);
            Assert.Equal("Uncategorized", Named("Spanish Language").Categories.Single().Name);

            // The Lightcast ID and, when the record has one, its page.
            Assert.Equal(new[] { ("lightcast", "KSMADEUP000000000001"), ("lightcast", "https://lightcast.io/open-skills/skills/KSMADEUP000000000001/sql-programming-language") },
                Named("SQL (Programming Language)").Alignments.Select(a => (a.Framework, a.Code)));
            Assert.Equal(("lightcast", "KSMADEUP000000000002"), Named("Data Visualization").Alignments.Select(a => (a.Framework, a.Code)).Single());

            // A why from a description of at most 280 characters (else its first sentence), never invented.
            Assert.Equal("A query language for reading and changing the data in relational databases.", Named("SQL (Programming Language)").Why);
            Assert.Equal("Turning numbers into charts and dashboards that people read at a glance.", Named("Data Visualization").Why);
            Assert.Null(Named("Public Speaking").Why);

            var header = run.Read("lightcast/skills-001.mcred");
            Assert.StartsWith("# Imported from Lightcast Open Skills version 9.32 (https://lightcast.io/open-skills)", header, StringComparison.Ordinal);
            Assert.Contains("CC BY-SA", header, StringComparison.Ordinal);
        }

        [Fact]
        public void A_bare_array_without_a_version_imports_the_same_skills()
        {
            using var run = new CliRun();
            var data = JsonNode.Parse(File.ReadAllText(Sample))!["data"]!.ToJsonString();
            run.Write("bare.json", data);
            Assert.Equal(0, run.Run("import", "lightcast", "bare.json", "--output", "lightcast"));
            Assert.Equal(8, CheckedClean(run, "lightcast").Skills.Count);
            Assert.StartsWith("# Imported from Lightcast Open Skills (https://lightcast.io/open-skills)", run.Read("lightcast/categories.mcred"), StringComparison.Ordinal);
        }

        [Fact]
        public void Hostile_text_stays_text_and_a_10000_character_name_round_trips()
        {
            using var run = new CliRun();
            var longName = new string('n', 10_000);
            var records = new JsonArray
            {
                Record("KSHOSTILE00000000001", "Line\nbreak \"quoted\" \u2028 and }\nskill evil {", "ST1", description: "\"\"\" closes? # mcred-disable-file MCR0001\r\nnext"),
                Record("KSHOSTILE00000000002", longName, "ST2", category: "A \u2029 category \"with\" quotes"),
            };
            run.Write("hostile.json", new JsonObject { ["data"] = records }.ToJsonString());
            Assert.Equal(0, run.Run("import", "lightcast", "hostile.json", "--output", "lightcast"));
            var model = CheckedClean(run, "lightcast");
            Assert.Equal(2, model.Skills.Count);
            // Every line break the language knows is written as \n (docs/import.md), so U+2028 comes back as one.
            Assert.Equal("Line\nbreak \"quoted\" \n and }\nskill evil {", model.Skills[0].Name);
            Assert.Equal(longName, model.Skills[1].Name);
            Assert.Equal("A \n category \"with\" quotes / Sub", model.Skills[1].Categories.Single().Name);
        }

        [Fact]
        public void A_full_size_file_streams_through_buffers_and_a_record_larger_than_one_buffer_is_read_whole()
        {
            using var run = new CliRun();
            var path = Path.Combine(run.Folder, "full.json");
            SyntheticLightcast.Write(path, SyntheticLightcast.FullSize);
            Assert.Equal(0, run.Run("import", "lightcast", "full.json", "--output", "full"));
            var removed = Enumerable.Range(0, SyntheticLightcast.FullSize).Count(i => i % 16 == 15);
            Assert.StartsWith($"imported {SyntheticLightcast.FullSize - removed} skills into ", run.Stdout, StringComparison.Ordinal);
            Assert.Contains($"skipped {removed} removed skills", run.Stdout, StringComparison.Ordinal);

            var big = new string('d', 300_000);
            run.Write("big.json", new JsonArray { Record("KSBIG000000000000001", "Big", "ST1", description: big), Record("KSBIG000000000000002", "After", "ST2") }.ToJsonString());
            Assert.Equal(0, run.Run("import", "lightcast", "big.json", "--output", "big"));
            Assert.Equal(new[] { "Big", "After" }, McredChecker.CheckDisk(new[] { "big" }, run.Folder, CliRun.Today).Model.Skills.Select(s => s.Name));
        }

        [Fact]
        public void Import_never_overwrites()
        {
            using var run = new CliRun().Write("lightcast/skills-001.mcred", "# mine\n");
            Assert.Equal(2, run.Run("import", "lightcast", Sample, "--output", "lightcast"));
            Assert.Equal("# mine\n", run.Read("lightcast/skills-001.mcred"));
            Assert.False(File.Exists(Path.Combine(run.Folder, "lightcast", "categories.mcred")));
        }

        [Theory]
        [InlineData("not json at all", "in.json: not JSON near byte 1")]
        [InlineData("\"a string\"", "in.json: the JSON is a string, not a list of records")]
        [InlineData("{\"skills\": []}", "in.json: has no \"data\" list of records")]
        [InlineData("[42]", "in.json: record [0]: is a number, expected a skill record")]
        [InlineData("{\"data\": [{\"name\": \"SQL\", \"type\": {\"id\": \"ST1\"}}]}", "in.json: record data[0]: no 'id' (every skill record has one)")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"type\": {\"id\": \"ST1\"}}]}", "in.json: record data[0] (id \"KS1\"): no 'name'")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"SQL\", \"type\": {\"id\": \"ST9\"}}]}", "in.json: record data[0] (id \"KS1\"): 'type.id' is \"ST9\", expected ST1 (Specialized Skill), ST2 (Common Skill) or ST3 (Certification)")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"SQL\"}]}", "in.json: record data[0] (id \"KS1\"): no 'type': download the skills with 'type' among the fields")]
        [InlineData("{\"data\": [{\"id\": 7, \"name\": \"SQL\", \"type\": {\"id\": \"ST1\"}}]}", "in.json: record data[0]: 'id' is a number, expected a string")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": 5, \"type\": {\"id\": \"ST1\"}}]}", "in.json: record data[0] (id \"KS1\"): 'name' is a number, expected a string")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"SQL\", \"type\": {\"id\": \"ST1\"}, \"isSoftware\": \"yes\"}]}", "in.json: record data[0] (id \"KS1\"): 'isSoftware' is a string, expected true or false")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"SQL\", \"type\": {\"id\": \"ST1\"}, \"category\": \"IT\"}]}", "in.json: record data[0] (id \"KS1\"): 'category' is a string, expected an object")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"SQL\", \"type\": {\"id\": \"ST1\"}, \"infoUrl\": \"ftp://x\"}]}", "in.json: record data[0] (id \"KS1\"): 'infoUrl' ")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"A\", \"type\": {\"id\": \"ST1\"}}, {\"id\": \"KS1\", \"name\": \"B\", \"type\": {\"id\": \"ST2\"}}]}", "in.json: record data[1] (id \"KS1\"): 'id' repeats the ID of record data[0]")]
        [InlineData("{\"data\": [{\"id\": \"KS1\", \"name\": \"A\", \"type\": {\"id\": \"ST1\"}}, ", "in.json: not JSON near byte")]
        public void Bad_input_is_one_line_naming_the_file_record_and_field_and_nothing_is_written(string json, string expected)
        {
            using var run = new CliRun().Write("in.json", json);
            Assert.Equal(2, run.Run("import", "lightcast", "in.json", "--output", "lightcast"));
            Assert.StartsWith("mcred: " + expected, run.Stderr, StringComparison.Ordinal);
            Assert.Single(run.Stderr.TrimEnd().Split('\n'));
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "lightcast")));
        }

        [Fact]
        public void Text_that_is_not_utf8_and_a_1_gb_file_are_one_line_each()
        {
            using var run = new CliRun();
            File.WriteAllBytes(Path.Combine(run.Folder, "latin1.json"), Encoding.Latin1.GetBytes("{\"data\": [{\"id\": \"KS1\", \"name\": \"Caf\u00e9\", \"type\": {\"id\": \"ST1\"}}]}"));
            Assert.Equal(2, run.Run("import", "lightcast", "latin1.json", "--output", "out"));
            Assert.StartsWith("mcred: latin1.json: record data[0] (id \"KS1\"): 'name' is not valid UTF-8 text", run.Stderr, StringComparison.Ordinal);

            using (var huge = File.Create(Path.Combine(run.Folder, "huge.json")))
            {
                huge.SetLength(1L << 30);   // sparse: no gigabyte is written
            }

            Assert.Equal(2, run.Run("import", "lightcast", "huge.json", "--output", "out"));
            Assert.StartsWith("mcred: huge.json: is 1024 MB, more than the 256 MB mcred reads as a Lightcast skills file", run.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "out")));
        }

        [Fact]
        public void Lightcast_alignments_reach_open_badges_ctdl_and_the_report()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("import", "lightcast", Sample, "--prefix", "lc", "--output", "lightcast"));
            run.Write("plan.mcred", "issuer i \"I\" {\n  value \"Practitioners teach\"\n  url \"https://i.example.org\"\n}\n\n"
                + "credential c \"C\" {\n  issuer i\n  skills lc-sql-programming-language, lc-data-visualization, lc-communication\n}\n");
            Assert.Equal(0, run.Run("export", "ob3", ".", "--output", "badges", "--base-url", "https://i.example.org/"));
            using var achievement = JsonDocument.Parse(run.Read("badges/achievements/c.json"));
            Assert.Empty(OpenBadgesSchema.Errors("Achievement", run.Read("badges/achievements/c.json")));
            var alignments = achievement.RootElement.GetProperty("alignment").EnumerateArray().ToDictionary(a => a.GetProperty("targetName").GetString()!);
            var sql = alignments["SQL (Programming Language)"];
            Assert.Equal(("Lightcast Open Skills", "KSMADEUP000000000001", "https://lightcast.io/open-skills/skills/KSMADEUP000000000001/sql-programming-language"),
                (sql.GetProperty("targetFramework").GetString(), sql.GetProperty("targetCode").GetString(), sql.GetProperty("targetUrl").GetString()));
            // No infoUrl in the record: Lightcast's page for the ID.
            Assert.Equal("https://lightcast.io/open-skills/skills/KSMADEUP000000000002", alignments["Data Visualization"].GetProperty("targetUrl").GetString());

            Assert.Equal(0, run.Run("export", "ctdl", ".", "--output", "plan.ctdl.json"));
            using var graph = JsonDocument.Parse(run.Read("plan.ctdl.json"));
            var competency = graph.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.TryGetProperty("ceasn:codedNotation", out var c) && c.GetString() == "lc-data-visualization");
            Assert.Equal(new[] { "https://lightcast.io/open-skills/skills/KSMADEUP000000000002" }, competency.GetProperty("ceasn:exactAlignment").EnumerateArray().Select(e => e.GetString()));

            Assert.Equal(0, run.Run("report", ".", "--output", "plan.html"));
            var link = ReportTests.Parse(run.Read("plan.html")).QuerySelectorAll("#credential-c a.source").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Contains(("Lightcast KSMADEUP000000000004", "https://lightcast.io/open-skills/skills/KSMADEUP000000000004/communication"), link);
        }

        private static JsonObject Record(string id, string name, string type, string? description = null, string? category = null) => new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["type"] = new JsonObject { ["id"] = type, ["name"] = "Type" },
            ["category"] = category == null ? null : new JsonObject { ["id"] = 1, ["name"] = category },
            ["subcategory"] = category == null ? null : new JsonObject { ["id"] = 2, ["name"] = "Sub" },
            ["description"] = description,
        };
    }
}
