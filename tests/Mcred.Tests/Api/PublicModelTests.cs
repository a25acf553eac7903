using System.Linq;
using Mcred.Model;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Tests.Api
{
    /// <summary>What the public model promises to code built on the core (custom rules, the harness, tools).</summary>
    public class PublicModelTests
    {
        private const string Categories = "category soft-skills \"Soft\" {\n  type soft\n}\n\ncategory tech \"Tech\" {\n  type technical\n}\n\n";

        private static Credential CredentialOf(string text) =>
            Check.Text(Categories + text).Model.Declarations.OfType<Credential>().Single();

        [Fact]
        public void HasSoftSkill_is_yes_no_or_unknown_as_the_rules_judge_it()
        {
            var yes = CredentialOf("skill talk \"Talk\" {\n  category soft-skills\n}\n\ncredential c \"C\" {\n  skills talk\n}\n");
            Assert.True(yes.HasSoftSkill);
            Assert.False(yes.HasTechnicalSkill);

            var no = CredentialOf("skill sql \"SQL\" {\n  category tech\n}\n\ncredential c \"C\" {\n  skills sql\n}\n");
            Assert.False(no.HasSoftSkill);
            Assert.True(no.HasTechnicalSkill);

            // A skill with a syntax error might be soft: unknown, and MCR1003 stays silent.
            var hidden = Check.Text(Categories + "skill sql \"SQL\" {\n  category tech\n}\n\nskill talk \"Talk\" {\n  category soft-skills,,\n}\n\ncredential c \"C\" {\n  skills sql, talk\n}\n");
            Assert.Null(hidden.Model.Declarations.OfType<Credential>().Single().HasSoftSkill);
            Assert.DoesNotContain(hidden.Diagnostics, d => d.Id == "MCR1003");
        }

        [Fact]
        public void The_core_exports_at_most_fifty_public_types()
        {
            var exported = typeof(McredChecker).Assembly.GetExportedTypes().Select(t => t.FullName).OrderBy(n => n).ToList();
            Assert.True(exported.Count <= 50, $"{exported.Count} public types: {string.Join(", ", exported)}");
        }
    }
}
