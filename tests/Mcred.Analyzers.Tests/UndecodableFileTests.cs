using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    /// <summary>
    /// A file that is not valid UTF-8: the compiler falls back to a single-byte encoding to decode it, the CLI refuses
    /// it. The analyzer reports it once, as the CLI does, and checks the other files.
    /// </summary>
    public class UndecodableFileTests
    {
        [Theory]
        [InlineData("skill \u00ff\u00fe {\n}\n", "latin1")]
        [InlineData("s\uFFFD\uFFFD\n", "utf-8")]
        public async Task An_undecodable_file_is_one_diagnostic_and_the_rest_is_checked(string text, string encoding)
        {
            var files = ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText("/plans/bad.mcred", text, Encoding.GetEncoding(encoding)),
                new InMemoryAdditionalText("/plans/good.mcred", "skill a {\n}\n", Encoding.UTF8));
            var diagnostics = await CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new McredAnalyzer()), new AnalyzerOptions(files))
                .GetAnalyzerDiagnosticsAsync();

            var bad = Assert.Single(diagnostics, d => d.Location.GetLineSpan().Path == "/plans/bad.mcred");
            Assert.Equal("MCR0001", bad.Id);
            Assert.Equal("not valid UTF-8: save the file as UTF-8", bad.GetMessage());
            Assert.Equal(0, bad.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(diagnostics, d => d.Id == "MCR1006" && d.Location.GetLineSpan().Path == "/plans/good.mcred");
        }

        [Fact]
        public async Task A_project_whose_only_plan_is_undecodable_gets_that_one_diagnostic()
        {
            var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/plans/bad.mcred", "s\uFFFD\n", Encoding.UTF8));
            var diagnostics = await CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new McredAnalyzer()), new AnalyzerOptions(files))
                .GetAllDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.Equal("MCR0001", Assert.Single(diagnostics, d => d.Id.StartsWith("MCR")).Id);
        }
    }
}
