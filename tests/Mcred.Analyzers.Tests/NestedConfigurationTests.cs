using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    /// <summary>A subfolder's .editorconfig applies to the files under it in the build exactly as in <c>mcred check</c>.</summary>
    public class NestedConfigurationTests
    {
        private const string Plan = @"issuer acme { value ""Hands-on projects"" }
persona grad { description ""Recent graduate looking for a first analyst job"" }
recognizer hiring {
  kind employer
  outcome ""Interview for analyst roles""
  endorses one, two
}
category soft-cat { type soft }
category tech-cat { type technical }
skill sql { category tech-cat
  why ""The data analysts need lives in tables."" }
skill viz { category tech-cat
  why ""A chart is how most managers meet the data."" }
skill talk { category soft-cat
  why ""Findings matter only once they are explained to someone."" }
skill stats { category tech-cat
  why ""Averages lie without a sense of their spread."" }
occupation analyst ""Data analyst"" {
  essential sql, viz, talk, stats
}
credential one ""One"" {
  issuer acme
  for grad
  skills sql, viz, talk, stats
}
credential two ""Two"" {
  issuer acme
  for grad
  skills sql, viz, talk
}
";

        private const string Pathway = @"pathway track ""Track"" {
  for grad
  steps two
  prepares-for analyst
}
";

        [Fact]
        public async Task A_subfolder_editorconfig_threshold_applies_to_the_pathway_under_it()
        {
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add(("/p/plan.mcred", Plan));
            test.TestState.AdditionalFiles.Add(("/p/sub/path.mcred", Pathway));
            test.TestState.AnalyzerConfigFiles.Add(("/p/.editorconfig", "root = true\n[*.mcred]\nmcred_today = 2026-11-28\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/p/sub/.editorconfig", "[*.mcred]\nmcred_min_essential_coverage = 80\n"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("MCR1022", DiagnosticSeverity.Info)
                .WithSpan("/p/sub/path.mcred", 4, 16, 4, 23)
                .WithMessage("pathway 'track' prepares for occupation 'analyst' but covers 3 of its 4 essential skills (75%, below 80%): add 'stats', or see 'mcred coverage'"));
            await test.RunAsync();
        }
    }
}
