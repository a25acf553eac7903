using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    public class AnalyzerTests
    {
        // MCR1006 (warning) on 'a' at 1:7-1:8 and MCR1015 (suggestion) on 'c' at 4:10-4:11; nothing else.
        private const string Plan = "skill a {\n  category c\n}\ncategory c {\n  type soft\n}\ncredential k {\n  issuer i\n  for p\n  recognized-by r\n  skills a, b\n}\nskill b {\n  category t\n  why \"Code is how analysis gets repeated.\"\n}\ncategory t { type technical }\nissuer i { value \"v\" }\npersona p { description \"one two three four five\" }\nrecognizer r { outcome \"o\" }\n";

        private static DiagnosticResult Why(DiagnosticSeverity severity) =>
            new DiagnosticResult("MCR1006", severity).WithSpan("/0/plan.mcred", 1, 7, 1, 8)
                .WithMessage("skill 'a' has no why statement: add 'why \"...\"', a tweet-length reason the skill matters");

        [Fact]
        public async Task Reports_with_exact_spans_and_default_severities()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/0/plan.mcred", Plan.Replace("category c {\n  type soft\n}", "category c {\n  type soft\n}\ncategory e { type soft }")));
            test.ExpectedDiagnostics.Add(Why(DiagnosticSeverity.Warning));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("MCR1015", DiagnosticSeverity.Info).WithSpan("/0/plan.mcred", 7, 10, 7, 11)
                .WithMessage("category 'e' has no skills: list it in a skill's 'category' or remove it"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Editorconfig_mcred_diagnostic_sets_the_reported_severity()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/0/plan.mcred", Plan));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n"));
            test.ExpectedDiagnostics.Add(Why(DiagnosticSeverity.Error));
            await test.RunAsync();
        }

        [Fact]
        public async Task Globalconfig_dotnet_diagnostic_overrides_the_editorconfig()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/0/plan.mcred", Plan));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.MCR1006.severity = suggestion\n"));
            test.ExpectedDiagnostics.Add(Why(DiagnosticSeverity.Info));
            await test.RunAsync();
        }

        [Fact]
        public async Task Severity_none_reports_nothing()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/0/plan.mcred", Plan));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = none\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Cross_file_rules_report_in_the_file_where_the_diagnostic_is()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/0/a.mcred", "skill s \"Data viz\" {\n  category c\n  why \"Charts show what tables hide.\"\n}\ncategory c { type technical }\n"));
            test.TestState.AdditionalFiles.Add(("/0/b.mcred", "skill t \"data-viz\" {\n  category c\n  why \"Charts show what tables hide.\"\n}\ncategory c { type soft }\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1016.severity = none\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("MCR1017", DiagnosticSeverity.Warning).WithSpan("/0/b.mcred", 1, 7, 1, 8).WithSpan("/0/a.mcred", 1, 7, 1, 8)
                .WithMessage("skill 't' (\"data-viz\") has the same name as skill 's' (\"Data viz\") at line 1 of a.mcred: merge them or rename one"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("MCR0003", DiagnosticSeverity.Error).WithSpan("/0/b.mcred", 5, 10, 5, 11).WithSpan("/0/a.mcred", 5, 10, 5, 11)
                .WithMessage("category 'c' is already declared at line 5 of a.mcred: rename or remove this declaration"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Files_that_are_not_mcred_are_ignored()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/0/notes.txt", "skill a {"));
            await test.RunAsync();
        }
    }
}
