using System.Linq;
using Mcred.Diagnostics;
using Xunit;
using Xunit.Sdk;

namespace Mcred.Testing.Tests
{
    public class WorkspaceTests
    {
        // One warning (MCR1006), two suggestions (MCR1004, MCR1015), no error.
        private const string Plan = "category people { type soft }\ncategory unused { type technical }\nskill talk {\n  category people\n}\nissuer acme { value \"Projects\" }\npersona grad { description \"Recent graduate looking for a first job\" }\nrecognizer hiring {\n  kind employer\n  outcome \"Interview\"\n}\ncredential c {\n  issuer acme\n  for grad\n  recognized-by hiring\n  skills talk, talk2\n}\nskill talk2 {\n  category people\n  why \"Listening well avoids building the wrong thing.\"\n}\n";

        [Theory]
        [InlineData(McredSeverity.Error, 0)]
        [InlineData(McredSeverity.Warning, 1)]
        [InlineData(McredSeverity.Suggestion, 3)]
        public void Clean_fails_listing_every_diagnostic_at_or_above_the_level(McredSeverity failOn, int listed)
        {
            using var folder = new TempFolder();
            folder.Write("plan.mcred", Plan);
            if (listed == 0)
            {
                McredAssert.Clean(folder.Path, failOn);
                return;
            }

            var error = Assert.Throws<XunitException>(() => McredAssert.Clean(folder.Path, failOn));
            Assert.Contains($"found {listed}:", error.Message);
            Assert.Contains("plan.mcred(3,7): warning MCR1006: skill 'talk' has no why statement", error.Message);
            Assert.Equal(failOn == McredSeverity.Suggestion, error.Message.Contains("MCR1015"));
        }

        [Fact]
        public void Load_gives_the_model_for_custom_assertions()
        {
            using var folder = new TempFolder();
            folder.Write("a/plan.mcred", Plan);
            var workspace = McredWorkspace.Load(folder.Path);
            var credential = workspace.Model.Credentials.Single();
            Assert.All(credential.RecognizedBy, r => Assert.Equal(Mcred.Model.RecognizerKind.Employer, r.RecognizerKind));
            Assert.True(credential.HasSoftSkill == true);
            Assert.Single(workspace.Files);
        }

        [Fact]
        public void Custom_rules_are_found_configured_and_suppressed_like_built_in_ones()
        {
            using var folder = new TempFolder();
            folder.Write("plan.mcred", Plan.Replace("persona grad", "persona career-switcher").Replace("for grad", "for career-switcher").Replace("kind employer", "kind community"));
            var workspace = McredWorkspace.Load(folder.Path).WithRules(new EmployerRecognitionRule());
            var org = Assert.Single(workspace.Diagnostics, d => d.Id == "ORG001");
            Assert.Equal(McredSeverity.Warning, org.Severity);
            Assert.Equal("https://example.org/rules/ORG001", org.HelpUri);

            folder.Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.ORG001.severity = error\n");
            Assert.Equal(McredSeverity.Error, McredWorkspace.Load(folder.Path).WithRules(new EmployerRecognitionRule()).Diagnostics.Single(d => d.Id == "ORG001").Severity);

            folder.Write("plan.mcred", "# mcred-disable-file ORG001 -- community recognition accepted for the pilot\n" + Plan.Replace("persona grad", "persona career-switcher").Replace("for grad", "for career-switcher").Replace("kind employer", "kind community"));
            Assert.DoesNotContain(McredWorkspace.Load(folder.Path).WithRules(new EmployerRecognitionRule()).Diagnostics, d => d.Id == "ORG001" || d.Id == "MCR1018");
        }

        [Fact]
        public void Without_the_custom_rule_its_id_is_unknown_to_suppressions()
        {
            using var folder = new TempFolder();
            folder.Write("plan.mcred", "# mcred-disable-file ORG001\n" + Plan);
            Assert.Contains(McredWorkspace.Load(folder.Path).Diagnostics, d => d.Id == "MCR0005" && d.Message.Contains("ORG001"));
        }
    }
}
