using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Mcred.TestSupport;
using NJsonSchema;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>Adopting mcred on existing plans: excludes, .mcredignore, changed-files-only reports, stable SARIF fingerprints.</summary>
    public class AdoptionTests
    {
        private const string Clean = "category c \"C\" { # expect: MCR1015\n  type soft\n}\n";
        private const string Broken = "skill s {\n  category nowhere\n";

        [Fact]
        public void Exclude_leaves_out_matching_files_in_check_test_and_fmt()
        {
            using var run = new CliRun().Write("plans/a.mcred", Clean).Write("tests/fixtures/broken.mcred", Broken);
            Assert.Equal(1, run.Run("check"));
            Assert.Equal(0, run.Run("check", "--exclude", "tests/fixtures/**"));
            Assert.Contains("in 1 file", run.Stdout);
            Assert.Equal(0, run.Run("fmt", "--check", "--exclude", "tests/**"));
            Assert.Equal(0, run.Run("test", "--exclude", "tests/**"));
            Assert.Contains("PASS plans/a.mcred", run.Stdout);
        }

        [Fact]
        public void Mcredignore_files_follow_gitignore_patterns_in_their_own_folder()
        {
            using var run = new CliRun()
                .Write("plans/a.mcred", Clean)
                .Write("plans/b.draft.mcred", Broken)
                .Write("plans/keep.draft.mcred", "category k \"K\" {\n  type technical\n}\n")
                .Write("plans/scratch/x.mcred", Broken)
                .Write("other/scratch/y.mcred", Broken)
                .Write(".mcredignore", "# drafts are work in progress\n*.draft.mcred\n!keep.draft.mcred\n/other/\n")
                .Write("plans/.mcredignore", "scratch/\n");
            Assert.Equal(0, run.Run("check"));
            Assert.Contains("in 2 files", run.Stdout);
        }

        [Fact]
        public void Excluding_everything_is_the_no_files_error()
        {
            using var run = new CliRun().Write("plans/a.mcred", Clean);
            Assert.Equal(2, run.Run("check", "plans", "--exclude", "**/*.mcred"));
            Assert.Equal("mcred: no .mcred files under plans", run.Stderr.Trim());
            Assert.Equal(2, run.Run("check", "plans/a.mcred", "--exclude", "plans/*"));
        }

        [Fact]
        public void Files_from_reports_only_the_listed_files_while_checking_the_whole_workspace()
        {
            using var run = new CliRun()
                .Write("skills.mcred", "skill s \"S\" {\n  category c\n  why \"A reason long enough to say something real.\"\n}\ncategory c \"C\" { type soft }\n")
                .Write("credential.mcred", "credential k \"K\" {\n  skills s, missing\n}\n")
                .Write("changed.txt", "skills.mcred\n");
            Assert.Equal(0, run.Run("check", "--files-from", "changed.txt", "--fail-on", "error"));
            Assert.DoesNotContain("credential.mcred", run.Stdout);
            Assert.DoesNotContain("MCR0002", run.Stdout);

            run.Stdin = "credential.mcred\n";
            Assert.Equal(1, run.Run("check", "--files-from", "-"));
            var lines = run.Stdout.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ") || l.Contains(": suggestion ")).ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.StartsWith("credential.mcred(", l));
            Assert.Contains(lines, l => l.Contains("undefined skill 'missing'"));
        }

        [Fact]
        public async Task Sarif_fingerprints_survive_unrelated_edits_and_duplicates_point_at_the_first_declaration()
        {
            const string Plan = "skill a \"Same\" {\n  why \"x\"\n}\nskill b \"Same\" {\n  category nowhere\n}\nskill a \"Again\" {\n}\n";
            using var run = new CliRun().Write("p.mcred", Plan);
            run.Run("check", "--format", "sarif");
            var schema = await JsonSchema.FromFileAsync(Path.Combine(System.AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
            Assert.Empty(schema.Validate(run.Stdout).Select(e => e.ToString()));
            var before = Fingerprints(run.Stdout);
            Assert.Equal(before.Count, before.Distinct().Count());

            using (var doc = JsonDocument.Parse(run.Stdout))
            {
                var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
                var duplicate = results.Single(r => r.GetProperty("ruleId").GetString() == "MCR0003");
                var related = duplicate.GetProperty("relatedLocations")[0].GetProperty("physicalLocation");
                Assert.Equal(("p.mcred", 1), (related.GetProperty("artifactLocation").GetProperty("uri").GetString(), related.GetProperty("region").GetProperty("startLine").GetInt32()));
                var sameName = results.Single(r => r.GetProperty("ruleId").GetString() == "MCR1017");
                Assert.Equal(1, sameName.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
                Assert.All(results, r => Assert.True(r.TryGetProperty("ruleIndex", out _)));
            }

            run.Write("p.mcred", "# A new first line: every finding moves down.\n\n" + Plan);
            run.Run("check", "--format", "sarif");
            var after = Fingerprints(run.Stdout);
            Assert.Equal(before, after);
        }

        /// <summary>Each result's rule and fingerprint, in rule order (messages and lines may change; these may not).</summary>
        private static System.Collections.Generic.List<string> Fingerprints(string sarif)
        {
            using var doc = JsonDocument.Parse(sarif);
            return doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("partialFingerprints").GetProperty("mcredFinding/v1").GetString())
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .ToList();
        }
    }
}
