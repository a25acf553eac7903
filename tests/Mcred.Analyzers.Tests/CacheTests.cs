using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    [CollectionDefinition("analyzer caches", DisableParallelization = true)]
    public class CacheCollection
    {
    }

    /// <summary>Editing one file of many re-parses that file only; an unchanged workspace is not bound again.</summary>
    [Collection("analyzer caches")]
    public class CacheTests
    {

        private static Task<ImmutableArray<Diagnostic>> Analyze(ImmutableArray<AdditionalText> files) =>
            CSharpCompilation.Create("plans")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new McredAnalyzer()), new AnalyzerOptions(files))
                .GetAnalyzerDiagnosticsAsync();

        private static AdditionalText Plan(int i, string why = "x") =>
            new InMemoryAdditionalText($"/plans/p{i:D3}.mcred", $"skill s{i} {{\n  category c{i}\n  why \"{why}\"\n}}\ncategory c{i} {{ type soft }}\n");

        [Fact]
        public async Task Editing_one_file_of_many_reparses_only_that_file()
        {
            var files = Enumerable.Range(0, 50).Select(i => Plan(i)).ToImmutableArray();
            var first = await Analyze(files);
            Assert.Equal(50, first.Count(d => d.Id == "MCR1016"));

            var parses = ParseCache.ParseCount;
            var edited = files.SetItem(7, Plan(7, "edited"));
            var second = await Analyze(edited);
            Assert.Equal(1, ParseCache.ParseCount - parses);
            Assert.Equal(first.Length, second.Length);
        }

        [Fact]
        public async Task An_unchanged_workspace_is_bound_once()
        {
            var files = Enumerable.Range(100, 10).Select(i => Plan(i)).ToImmutableArray();
            await Analyze(files);
            var binds = WorkspaceAnalysis.BindCount;
            var parses = ParseCache.ParseCount;
            await Analyze(files);
            Assert.Equal(0, WorkspaceAnalysis.BindCount - binds);
            Assert.Equal(0, ParseCache.ParseCount - parses);
        }
    }
}
