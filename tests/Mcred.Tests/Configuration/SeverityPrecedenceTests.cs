using System.Linq;
using Xunit;

namespace Mcred.Tests.Configuration
{
    /// <summary>Effective severity = .globalconfig dotnet_diagnostic, else the file's mcred_diagnostic, else the default.</summary>
    public class SeverityPrecedenceTests
    {
        // A skill with no why: MCR1006 (warning by default) on line 1; nothing else fires.
        private const string Plan = "skill a {\n  category c\n}\ncategory c { type soft }\ncredential k {\n  issuer i\n  for p\n  recognized-by r\n  skills a, b\n}\nskill b {\n  category t\n  why \"Code is how analysis gets repeated.\"\n}\ncategory t { type technical }\nissuer i { value \"v\" }\npersona p { description \"one two three four five\" }\nrecognizer r { outcome \"o\" }\n";

        private static string SeverityOf(TempWorkspace ws, string folder = "") =>
            ws.Summary(ws.Check(folder)).Single(s => s.StartsWith("MCR1006")).Split(' ')[1];

        [Fact]
        public void The_plan_used_here_reports_only_MCR1006_by_default()
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan);
            Assert.Equal(new[] { "MCR1006 warning plan.mcred:1" }, ws.Summary(ws.Check()));
        }

        [Fact]
        public void Editorconfig_mcred_diagnostic_sets_the_severity()
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n");
            Assert.Equal("error", SeverityOf(ws));
        }

        [Fact]
        public void The_nearer_editorconfig_wins_and_root_stops_the_lookup()
        {
            using var ws = new TempWorkspace()
                .Write("a/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n")
                .Write("a/b/.editorconfig", "[*.mcred]\nmcred_diagnostic.MCR1006.severity = suggestion\n")
                .Write("a/b/plan.mcred", Plan)
                .Write("a/other/plan2.mcred", Plan.Replace("skill a", "skill a2").Replace("skill b", "skill b2").Replace("a, b", "a2, b2").Replace("credential k", "credential k2").Replace("category c ", "category c2 ").Replace("category c\n", "category c2\n").Replace("category t ", "category t2 ").Replace("category t\n", "category t2\n").Replace("issuer i ", "issuer i2 ").Replace("issuer i\n", "issuer i2\n").Replace("persona p ", "persona p2 ").Replace("for p\n", "for p2\n").Replace("recognizer r ", "recognizer r2 ").Replace("recognized-by r\n", "recognized-by r2\n"));
            var summary = ws.Summary(ws.Check());
            Assert.Contains("MCR1006 suggestion a/b/plan.mcred:1", summary);
            Assert.Contains("MCR1006 error a/other/plan2.mcred:1", summary);
        }

        [Fact]
        public void Editorconfig_above_a_root_editorconfig_is_ignored()
        {
            using var ws = new TempWorkspace()
                .Write(".editorconfig", "[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n")
                .Write("inner/.editorconfig", "root = true\n")
                .Write("inner/plan.mcred", Plan);
            Assert.Equal("warning", SeverityOf(ws, "inner"));
        }

        [Fact]
        public void Globalconfig_dotnet_diagnostic_overrides_the_editorconfig()
        {
            using var ws = new TempWorkspace()
                .Write("plan.mcred", Plan)
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n")
                .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.MCR1006.severity = suggestion\n");
            Assert.Equal("suggestion", SeverityOf(ws));
        }

        [Fact]
        public void Globalconfig_in_a_parent_of_the_checked_folder_applies()
        {
            using var ws = new TempWorkspace()
                .Write(".globalconfig", "dotnet_diagnostic.MCR1006.severity = error\n")
                .Write("plans/plan.mcred", Plan);
            Assert.Equal("error", SeverityOf(ws, "plans"));
        }

        [Fact]
        public void Globalconfig_mcred_options_apply_but_a_matching_editorconfig_section_wins()
        {
            using var ws = new TempWorkspace()
                .Write("plan.mcred", Plan)
                .Write(".globalconfig", "mcred_diagnostic.MCR1006.severity = error\n");
            Assert.Equal("error", SeverityOf(ws));
            ws.Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = suggestion\n");
            Assert.Equal("suggestion", SeverityOf(ws));
        }

        [Theory]
        [InlineData("none", null)]
        [InlineData("silent", "silent")]
        [InlineData("refactoring", "silent")]
        [InlineData("default", "warning")]
        [InlineData("Error", "error")]
        public void Severity_values_follow_roslyn(string value, string? expected)
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".editorconfig", $"root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = {value}\n");
            var result = ws.Check();
            var d = result.Diagnostics.SingleOrDefault(x => x.Id == "MCR1006");
            if (expected == null)
            {
                Assert.Null(d); // none: not reported at all
            }
            else
            {
                Assert.Equal(expected, d!.Severity.ToString().ToLowerInvariant());
            }
        }

        [Fact]
        public void A_section_that_does_not_match_mcred_files_is_ignored()
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".editorconfig", "root = true\n[*.cs]\nmcred_diagnostic.MCR1006.severity = error\nmcred_today = never\n");
            Assert.Equal(new[] { "MCR1006 warning plan.mcred:1" }, ws.Summary(ws.Check()));
        }

        [Fact]
        public void Compiler_diagnostics_are_not_configurable()
        {
            using var ws = new TempWorkspace()
                .Write("plan.mcred", "skill a {\n  half-life 3yrs\n}\n")
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR0005.severity = none\n");
            Assert.Contains("MCR0005 error plan.mcred:2", ws.Summary(ws.Check()));
        }
    }
}
