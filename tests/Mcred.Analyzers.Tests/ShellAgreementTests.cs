using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    /// <summary>The build sees what <c>mcred check</c> and the editor see: the same files, the other place a message names, unused things marked.</summary>
    public class ShellAgreementTests
    {
        [Fact]
        public async Task A_file_named_with_an_upper_case_extension_is_no_plan_as_for_the_cli()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/p/Plan.MCRED", "skill broken {\n  why \"never closed\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task A_duplicate_carries_the_first_declaration_as_an_additional_location()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/p/a.mcred", "category people { type soft }\n"));
            test.TestState.AdditionalFiles.Add(("/p/b.mcred", "category people { type soft }\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/p/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1015.severity = none\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("MCR0003", DiagnosticSeverity.Error)
                .WithSpan("/p/b.mcred", 1, 10, 1, 16)
                .WithSpan("/p/a.mcred", 1, 10, 1, 16)
                .WithMessage("category 'people' is already declared at line 1 of a.mcred: rename or remove this declaration"));
            await test.RunAsync();
        }

        [Fact]
        public void Unused_declarations_and_suppressions_are_tagged_unnecessary_and_nothing_else_is()
        {
            var tagged = Descriptors.All.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.Unnecessary)).Select(d => d.Id).ToArray();
            Assert.Equal(new[] { "MCR1016", "MCR1018" }, tagged);
        }
    }
}
