using System;
using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary><c>mcred report</c>: the HTML parsed with AngleSharp, as a browser would read it.</summary>
    public class ReportTests
    {
        internal const string Hostile = "</script><img src=x onerror=alert(1)>";

        private static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");

        internal static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

        [Fact]
        public void The_report_shows_every_credential_pathway_persona_and_recognizer_of_the_examples()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("report", Examples, "--output", "plan.html"));
            var document = Parse(run.Read("plan.html"));
            var check = Mcred.Workspace.McredChecker.CheckDisk(new[] { Examples }, run.Folder, CliRun.Today);
            foreach (var credential in check.Model.Credentials)
            {
                var card = document.GetElementById("credential-" + credential.Id);
                Assert.NotNull(card);
                Assert.Equal(credential.Name, card!.QuerySelector("h3")!.TextContent);
                Assert.Equal(credential.Skills.Count, card.QuerySelectorAll("tbody tr").Length);
                Assert.NotNull(card.QuerySelector("svg[role=img]"));
            }

            foreach (var pathway in check.Model.Pathways)
            {
                var card = document.GetElementById("pathway-" + pathway.Id);
                Assert.NotNull(card);
                Assert.Equal(pathway.Steps.Select(s => s.Name), card!.QuerySelectorAll("ol.steps li").Select(li => li.TextContent));
            }

            Assert.All(check.Model.Personas, p => Assert.NotNull(document.GetElementById("persona-" + p.Id)));
            var recognizers = document.QuerySelectorAll("#recognizers tbody tr td:first-child").Select(td => td.TextContent).ToList();
            Assert.Equal(check.Model.Recognizers.Select(r => r.Name), recognizers);
            Assert.NotEmpty(document.QuerySelectorAll("#reviews tbody tr"));
        }

        [Fact]
        public void The_starters_unused_seeds_are_a_library_apart_not_skills_of_the_plan()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("new", "plans"));
            Assert.Equal(0, run.Run("report", "plans", "--output", "plan.html"));
            var document = Parse(run.Read("plan.html"));
            var summary = document.GetElementById("summary")!.QuerySelectorAll(".summary div").ToDictionary(d => d.TextContent.Substring(d.QuerySelector("b")!.TextContent.Length), d => d.QuerySelector("b")!.TextContent);
            Assert.Equal("4", summary["skills in credentials"]);
            Assert.Equal("8", summary["library skills not used yet"]);
            var library = document.GetElementById("library")!;
            Assert.Equal(8, library.QuerySelectorAll("ul.library li").Length);
            Assert.Contains("Leadership", library.QuerySelectorAll("ul.library li").Select(li => li.TextContent));
            Assert.DoesNotContain("Communication", library.QuerySelectorAll("ul.library li").Select(li => li.TextContent));
            var reviewed = document.GetElementById("reviews")!.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(new[] { "Communication", "Critical thinking", "SQL querying", "Spreadsheet analysis" }, reviewed);
        }

        [Fact]
        public void The_page_is_self_contained_with_no_script_and_nothing_from_the_network()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("report", Examples, "--output", "plan.html"));
            var document = Parse(run.Read("plan.html"));
            Assert.Empty(document.Scripts);
            Assert.Empty(document.QuerySelectorAll("link, img, iframe, object, embed"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        }

        [Fact]
        public void Plan_text_that_looks_like_markup_is_shown_as_text()
        {
            using var run = new CliRun().Write("plan.mcred",
                "skill evil \"" + Hostile + "\" {\n  why \"" + Hostile + " matters\"\n}\ncredential c \"C " + Hostile + "\" {\n  skills evil\n  description \"" + Hostile + "\"\n}\n");
            Assert.Equal(0, run.Run("report", ".", "--output", "plan.html"));
            var document = Parse(run.Read("plan.html"));
            Assert.Empty(document.Scripts);
            Assert.Empty(document.Images);
            Assert.Equal("C " + Hostile, document.GetElementById("credential-c")!.QuerySelector("h3")!.TextContent);
            Assert.Contains(Hostile + " matters", document.Body!.TextContent);
        }

        [Fact]
        public void A_plan_with_errors_gets_no_report()
        {
            using var run = new CliRun().Write("plan.mcred", "skill s {\n  category nowhere\n}\n");
            Assert.Equal(1, run.Run("report", ".", "--output", "plan.html"));
            Assert.Contains("error MCR0002", run.Stdout);
            Assert.False(File.Exists(Path.Combine(run.Folder, "plan.html")));
        }
    }
}
