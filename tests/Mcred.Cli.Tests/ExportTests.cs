using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Mcred.TestSupport;
using Xunit;
using Mcred.Tooling.Export;

namespace Mcred.Cli.Tests
{
    /// <summary><c>mcred export ob3</c> and <c>export ctdl</c> on the examples: valid, complete and stable output.</summary>
    public class ExportTests
    {
        private static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");

        [Fact]
        public void Every_achievement_and_profile_validates_against_the_official_open_badges_schema()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("export", "ob3", Examples, "--output", "badges", "--base-url", "https://badges.example.org/achievements"));
            var achievements = Directory.GetFiles(Path.Combine(run.Folder, "badges", "achievements"), "*.json");
            var issuers = Directory.GetFiles(Path.Combine(run.Folder, "badges", "issuers"), "*.json");
            Assert.NotEmpty(achievements);
            Assert.NotEmpty(issuers);
            foreach (var file in achievements)
            {
                Assert.Empty(OpenBadgesSchema.Errors("Achievement", File.ReadAllText(file)));
            }

            foreach (var file in issuers)
            {
                Assert.Empty(OpenBadgesSchema.Errors("Profile", File.ReadAllText(file)));
            }

            Assert.NotEmpty(OpenBadgesSchema.Errors("Achievement", "{\"id\": \"x\", \"type\": [\"Achievement\"], \"name\": \"no criteria\"}"));
        }

        [Theory]
        [InlineData(false, 4, "exported 1 credential and 4 competencies to plan.ctdl.json (8 library skills that no credential uses left out: --all-skills exports them too)")]
        [InlineData(true, 12, "exported 1 credential and 12 competencies to plan.ctdl.json")]
        public void The_ctdl_framework_holds_the_skills_the_credentials_use_unless_all_skills_is_asked(bool allSkills, int competencies, string said)
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("new", "plans"));
            var args = new[] { "export", "ctdl", "plans", "--output", "plan.ctdl.json" };
            Assert.Equal(0, run.Run(allSkills ? args.Append("--all-skills").ToArray() : args));
            Assert.Equal(said, run.Stdout.Trim());
            using var graph = JsonDocument.Parse(run.Read("plan.ctdl.json"));
            var nodes = graph.RootElement.GetProperty("@graph").EnumerateArray().ToList();
            var skills = nodes.Where(n => n.GetProperty("@type").GetString() == "ceasn:Competency").Select(n => n.GetProperty("ceasn:codedNotation").GetString()).ToList();
            Assert.Equal(competencies, skills.Count);
            Assert.Contains("sql-querying", skills);
            Assert.Equal(allSkills, skills.Contains("leadership"));
            var framework = nodes.Single(n => n.GetProperty("@type").GetString() == "ceasn:CompetencyFramework");
            Assert.Equal(competencies, framework.GetProperty("ceasn:hasTopChild").GetArrayLength());
        }

        [Fact]
        public void A_skill_without_an_aligns_gets_the_documented_generated_target_url()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("new", "plans"));
            Assert.Equal(0, run.Run("export", "ob3", "plans", "--output", "badges", "--base-url", "https://badges.example.org/"));
            using var doc = JsonDocument.Parse(run.Read("badges/achievements/data-analytics-foundations.json"));
            var sql = doc.RootElement.GetProperty("alignment").EnumerateArray().Single(x => x.GetProperty("targetCode").GetString() == "sql-querying");
            Assert.Equal("https://badges.example.org/skills/sql-querying", sql.GetProperty("targetUrl").GetString());
            Assert.Contains("`<base-url>skills/<skill-id>`", File.ReadAllText(Path.Combine(DotnetProcess.RepositoryRoot(), "docs", "report.md")), StringComparison.Ordinal);
        }

        [Fact]
        public void An_achievement_carries_the_credentials_skills_workload_categories_and_issuer()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("export", "ob3", Path.Combine(Examples, "analytics"), "--output", "badges"));
            using var doc = JsonDocument.Parse(run.Read("badges/achievements/data-analytics.json"));
            var a = doc.RootElement;
            Assert.Equal("https://northwind.example.org/analytics/data-analytics", a.GetProperty("id").GetString());
            Assert.Equal("MicroCredential", a.GetProperty("achievementType").GetString());
            Assert.Equal(6, a.GetProperty("creditsAvailable").GetInt32());
            Assert.StartsWith("Build a dashboard", a.GetProperty("criteria").GetProperty("narrative").GetString());
            var alignments = a.GetProperty("alignment").EnumerateArray().ToList();
            Assert.Equal(4, alignments.Count);
            var sql = alignments.Single(x => x.GetProperty("targetCode").GetString() == "sql-querying");
            Assert.Equal(("SQL querying", "ceasn:Competency", "esco"), (sql.GetProperty("targetName").GetString(), sql.GetProperty("targetType").GetString(), sql.GetProperty("targetFramework").GetString()));
            Assert.StartsWith("http://data.europa.eu/esco/skill/", sql.GetProperty("targetUrl").GetString());
            Assert.StartsWith("Every analytics stack", sql.GetProperty("targetDescription").GetString());
            Assert.Equal(new[] { "Analytics tools", "Workplace skills" }, a.GetProperty("tag").EnumerateArray().Select(t => t.GetString()).OrderBy(t => t));
            Assert.Equal("NL", a.GetProperty("creator").GetProperty("address").GetProperty("addressCountryCode").GetString());
            using var issuer = JsonDocument.Parse(run.Read("badges/issuers/northwind.json"));
            Assert.Equal(("Northwind Institute", "credentials@northwind.example.org"), (issuer.RootElement.GetProperty("name").GetString(), issuer.RootElement.GetProperty("email").GetString()));
        }

        [Fact]
        public void Without_a_url_or_a_base_url_export_is_a_usage_error_and_writes_nothing()
        {
            using var run = new CliRun().Write("plan.mcred", "credential c \"C\" {\n}\n");
            Assert.Equal(2, run.Run("export", "ob3", ".", "--output", "badges"));
            Assert.Equal("mcred: credential 'c' has no url: give each a 'url \"https://...\"' or pass --base-url", run.Stderr.Trim());
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "badges")));

            Assert.Equal(2, run.Run("export", "ob3", ".", "--output", "badges", "--base-url", "ftp://example.org/"));
            Assert.Equal("mcred: --base-url 'ftp://example.org/' is not an absolute http(s) URL", run.Stderr.Trim());

            run.Write("badges.txt", "a file");
            Assert.Equal(2, run.Run("export", "ob3", ".", "--output", "badges.txt", "--base-url", "https://example.org/"));
            Assert.Contains("is a file", run.Stderr);
        }

        [Fact]
        public void A_plan_with_errors_is_refused_with_its_errors_and_nothing_is_written()
        {
            using var run = new CliRun().Write("plan.mcred", "credential c \"C\" {\n  skills nowhere\n}\n");
            Assert.Equal(1, run.Run("export", "ctdl", ".", "--output", "plan.ctdl.json"));
            Assert.Contains("plan.mcred(2,10): error MCR0002: undefined skill 'nowhere'", run.Stdout);
            Assert.Equal("mcred: 1 error in the plan: fix it before exporting", run.Stderr.Trim());
            Assert.False(File.Exists(Path.Combine(run.Folder, "plan.ctdl.json")));
        }

        [Fact]
        public void Export_leaves_other_files_in_the_output_folder_alone()
        {
            using var run = new CliRun().Write("badges/README.md", "ours").Write("badges/achievements/old.json", "{}");
            Assert.Equal(0, run.Run("export", "ob3", Path.Combine(Examples, "analytics"), "--output", "badges"));
            Assert.Equal("ours", run.Read("badges/README.md"));
            Assert.Equal("{}", run.Read("badges/achievements/old.json"));
        }

        [Fact]
        public void The_ctdl_framework_comes_from_the_plan_never_from_the_output_path()
        {
            using var run = new CliRun();
            var plan = Path.Combine(Examples, "analytics");
            Assert.Equal(0, run.Run("export", "ctdl", plan, "--output", "g1.json"));
            Assert.Equal(0, run.Run("export", "ctdl", plan, "--output", "sub-folder-name.ctdl.json"));
            Assert.Equal(run.Read("g1.json"), run.Read("sub-folder-name.ctdl.json"));

            static JsonElement Framework(string json) => JsonDocument.Parse(json).RootElement.GetProperty("@graph").EnumerateArray()
                .Single(n => n.GetProperty("@type").GetString() == "ceasn:CompetencyFramework");
            var framework = Framework(run.Read("g1.json"));
            Assert.Equal("Skills of Northwind Institute", framework.GetProperty("ceasn:name").GetProperty("en").GetString());

            // --name renames the framework; its CTID is the plan's still, so the registry entry is the same.
            Assert.Equal(0, run.Run("export", "ctdl", plan, "--output", "renamed.json", "--name", "Northwind analytics skills"));
            var renamed = Framework(run.Read("renamed.json"));
            Assert.Equal("Northwind analytics skills", renamed.GetProperty("ceasn:name").GetProperty("en").GetString());
            Assert.Equal(framework.GetProperty("ceterms:ctid").GetString(), renamed.GetProperty("ceterms:ctid").GetString());
        }

        [Fact]
        public void Ctdl_has_the_registrys_required_properties_and_stable_ctids()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("export", "ctdl", Examples, "--output", "plan.ctdl.json"));
            var first = run.Read("plan.ctdl.json");
            Assert.Equal(0, run.Run("export", "ctdl", Examples, "--output", "again.ctdl.json"));
            Assert.Equal(first, run.Read("again.ctdl.json"));

            using var doc = JsonDocument.Parse(first);
            Assert.Equal("https://credreg.net/ctdl/schema/context/json", doc.RootElement.GetProperty("@context").GetString());
            var graph = doc.RootElement.GetProperty("@graph").EnumerateArray().ToList();
            string Type(JsonElement e) => e.GetProperty("@type").GetString()!;
            Assert.All(graph, node => Assert.Matches("^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", node.GetProperty("ceterms:ctid").GetString()));
            Assert.Equal(graph.Count, graph.Select(n => n.GetProperty("ceterms:ctid").GetString()).Distinct().Count());

            var credential = graph.Single(n => n.TryGetProperty("ceterms:name", out var name) && name.GetProperty("en").GetString() == "Data Analytics with Tableau");
            Assert.Equal("ceterms:MicroCredential", Type(credential));
            foreach (var property in new[] { "ceterms:ctid", "ceterms:name", "ceterms:description", "ceterms:ownedBy", "ceterms:credentialStatusType", "ceterms:subjectWebpage", "ceterms:inLanguage" })
            {
                Assert.True(credential.TryGetProperty(property, out _), property);
            }

            Assert.Equal("credentialStat:Active", credential.GetProperty("ceterms:credentialStatusType").GetProperty("ceterms:targetNode").GetString());
            var condition = credential.GetProperty("ceterms:requires")[0];
            Assert.True(condition.TryGetProperty("ceterms:description", out _));
            Assert.Equal(4, condition.GetProperty("ceterms:targetCompetency").GetArrayLength());

            var framework = graph.Single(n => Type(n) == "ceasn:CompetencyFramework");
            foreach (var property in new[] { "ceterms:ctid", "ceasn:name", "ceasn:description", "ceasn:publisher" })
            {
                Assert.True(framework.TryGetProperty(property, out _), property);
            }

            var competencies = graph.Where(n => Type(n) == "ceasn:Competency").ToList();
            Assert.All(competencies, c =>
            {
                foreach (var property in new[] { "ceterms:ctid", "ceasn:competencyText", "ceasn:inLanguage", "ceasn:isPartOf" })
                {
                    Assert.True(c.TryGetProperty(property, out _), property);
                }
            });
            var targets = condition.GetProperty("ceterms:targetCompetency").EnumerateArray().Select(t => t.GetProperty("ceterms:targetNode").GetString()).ToList();
            Assert.All(targets, t => Assert.Contains(competencies, c => c.GetProperty("@id").GetString() == t));
        }

        [Fact]
        public void Name_based_uuids_follow_rfc_9562()
        {
            // RFC 9562, appendix A.4: version 5 of "www.example.com" in the DNS namespace.
            var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
            Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), NameBasedUuid.Create(dns, "www.example.com"));
        }
    }
}
