using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using Mcred.TestSupport;
using Mcred.Tooling.Web;
using Xunit;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>What the page's worker calls: each feature answers from the shared services, and bad input is one line.</summary>
    public class WebApiTests
    {
        private const string Skills = "category data \"Data\" {\n  type technical\n}\n\nskill sql \"SQL\" {\n  category data\n  why \"Company data sits in databases and analysts who query it answer faster\"\n  half-life 5y\n  reviewed 2026-11-01\n}\n";
        private const string Credentials = "credential starter \"Starter\" {\n  skills sql\n}\n";

        private static WebApi With(params (string Path, string Text)[] files)
        {
            var api = new WebApi(CliRun.Today);
            Assert.Contains("\"ok\"", api.Open(JsonSerializer.Serialize(new { files = files.Select(f => new { path = f.Path, text = f.Text }) })));
            return api;
        }

        private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

        [Fact]
        public void Rename_changes_the_ID_in_every_file_that_names_it()
        {
            var api = With(("skills.mcred", Skills), ("credentials.mcred", Credentials));
            var at = Skills.IndexOf("skill sql", StringComparison.Ordinal) + "skill ".Length;
            Assert.Equal("sql", Parse(api.PrepareRename("skills.mcred", at)).GetProperty("id").GetString());
            var edits = Parse(api.Rename("skills.mcred", at, "sql-querying")).GetProperty("edits").EnumerateArray().ToList();
            Assert.Equal(new[] { "credentials.mcred", "skills.mcred" }, edits.Select(e => e.GetProperty("path").GetString()).Distinct().OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(edits, e => Assert.Equal("sql-querying", e.GetProperty("text").GetString()));
        }

        [Fact]
        public void A_misspelt_reference_offers_its_did_you_mean_fix_and_applying_it_checks_clean()
        {
            var typo = Credentials.Replace("skills sql", "skills sqk");
            var api = With(("skills.mcred", Skills), ("credentials.mcred", typo));
            var finding = Parse(api.Diagnostics("credentials.mcred")).GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
            Assert.Contains("did you mean 'sql'", finding.GetProperty("message").GetString());
            var fix = finding.GetProperty("fixes").EnumerateArray().First(f => f.GetProperty("preferred").GetBoolean());
            var edit = fix.GetProperty("edits")[0];
            var from = edit.GetProperty("from").GetInt32();
            var fixedText = typo.Substring(0, from) + edit.GetProperty("text").GetString() + typo.Substring(edit.GetProperty("to").GetInt32());
            api.Put("credentials.mcred", fixedText);
            Assert.Equal(0, Parse(api.Findings()).GetProperty("summary").GetProperty("errors").GetInt32());
        }

        [Fact]
        public void Hover_completion_definition_and_highlighting_answer_at_an_offset()
        {
            var api = With(("skills.mcred", Skills), ("credentials.mcred", Credentials));
            var at = Credentials.IndexOf("sql", StringComparison.Ordinal) + 1;
            Assert.Contains("SQL", Parse(api.Hover("credentials.mcred", at)).GetProperty("markdown").GetString());
            var place = Parse(api.Definition("credentials.mcred", at)).GetProperty("places")[0];
            Assert.Equal("skills.mcred", place.GetProperty("path").GetString());
            Assert.Equal(5, place.GetProperty("line").GetInt32());
            var labels = Parse(api.Complete("credentials.mcred", at - 1)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();
            Assert.Contains("sql", labels);
            var tokens = Parse(api.Tokens("skills.mcred"));
            Assert.Equal(0, tokens.GetProperty("tokens").GetArrayLength() % 4);
            Assert.True(tokens.GetProperty("tokens").GetArrayLength() > 20);
        }

        [Fact]
        public void Exports_and_the_report_are_refused_while_the_plan_has_errors_and_made_when_it_has_none()
        {
            var broken = With(("a.mcred", "skill {\n"));
            foreach (var answer in new[] { broken.Report(""), broken.Coverage(), broken.ExportCtdl(false), broken.ExportOpenBadges("https://badges.example.org/") })
            {
                Assert.Contains("in the plan: fix", Parse(answer).GetProperty("error").GetString());
            }

            var api = With(("skills.mcred", Skills), ("credentials.mcred", Credentials));
            Assert.Contains("<html", Parse(api.Report("")).GetProperty("html").GetString());
            Assert.Contains("ceasn:CompetencyFramework", Parse(api.ExportCtdl(false)).GetProperty("json").GetString());
            Assert.Contains("has no url", Parse(api.ExportOpenBadges("")).GetProperty("error").GetString());
            Assert.Contains("white space", Parse(api.ExportOpenBadges("https://badges example.org/")).GetProperty("error").GetString());
            var zip = Convert.FromBase64String(Parse(api.ExportOpenBadges("https://badges.example.org/a")).GetProperty("zip").GetString()!);
            using var archive = new ZipArchive(new MemoryStream(zip));
            Assert.Equal(new[] { "achievements/starter.json" }, archive.Entries.Select(e => e.FullName));
        }

        [Fact]
        public void A_path_that_climbs_out_or_is_absolute_is_refused_and_the_workspace_is_kept()
        {
            var api = With(("a.mcred", Credentials));
            foreach (var path in new[] { "../x.mcred", "/etc/x.mcred", "a//b.mcred", "", "a\\b.mcred" })
            {
                Assert.True(Parse(api.Put(path, "x")).TryGetProperty("error", out _), path);
            }

            Assert.Equal(new[] { "a.mcred" }, api.Workspace.Paths);
            Assert.Contains("YYYY-MM-DD", Parse(api.SetToday("2026-02-30")).GetProperty("error").GetString());
            Assert.True(Parse(api.Open("{\"files\": 3")).TryGetProperty("error", out _));
            Assert.Equal(new[] { "a.mcred" }, api.Workspace.Paths);
        }

        [Fact]
        public void An_empty_workspace_says_there_is_nothing_to_check()
        {
            var check = Parse(With().Check());
            Assert.Equal("0 errors, 0 warnings, 0 suggestions in 0 files", check.GetProperty("status").GetString());
            Assert.Contains("no .mcred files", check.GetProperty("problem").GetString());
        }

        [Fact]
        public void Every_template_checks_without_errors()
        {
            var templates = Parse(new WebApi(CliRun.Today).Templates()).GetProperty("templates").EnumerateArray().ToList();
            Assert.Equal("starter", templates[0].GetProperty("name").GetString());
            Assert.True(templates.Count >= 4);
            foreach (var template in templates)
            {
                var api = new WebApi(CliRun.Today);
                api.Open(JsonSerializer.Serialize(new { files = template.GetProperty("files") }));
                Assert.Equal(0, Parse(api.Findings()).GetProperty("summary").GetProperty("errors").GetInt32());
            }
        }
    }
}
