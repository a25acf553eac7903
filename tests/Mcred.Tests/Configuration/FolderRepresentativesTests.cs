using System.IO;
using System.Linq;
using Mcred.Configuration;
using Xunit;

namespace Mcred.Tests.Configuration
{
    /// <summary>Section matching once per folder, only when no section tells .mcred files apart by name.</summary>
    public class FolderRepresentativesTests
    {
        [Theory]
        [InlineData("*", true)]
        [InlineData("*.mcred", true)]
        [InlineData("**.mcred", true)]
        [InlineData("plans/*.mcred", true)]
        [InlineData("**/*.{mcred,cs}", true)]
        [InlineData("plan.mcred", false)]
        [InlineData("plan*.mcred", false)]
        [InlineData("*plan.mcred", false)]
        [InlineData("{a,b}.mcred", false)]
        [InlineData("/abs/path/file.mcred", false)]
        public void A_section_is_name_independent_only_when_its_file_part_is_a_wildcard_and_an_extension(string section, bool independent) =>
            Assert.Equal(independent, FolderRepresentatives.IsNameIndependent(section));

        [Fact]
        public void A_section_naming_one_file_still_applies_to_that_file_only()
        {
            using var ws = new TempWorkspace()
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n[b.mcred]\nmcred_diagnostic.MCR1006.severity = suggestion\n")
                .Write("a.mcred", "skill a {\n}\n")
                .Write("b.mcred", "skill b {\n}\n");
            var result = ws.Check();
            Assert.Equal(Mcred.Diagnostics.McredSeverity.Error, result.Diagnostics.Single(d => d.Id == "MCR1006" && d.Location.Path.EndsWith("a.mcred")).Severity);
            Assert.Equal(Mcred.Diagnostics.McredSeverity.Suggestion, result.Diagnostics.Single(d => d.Id == "MCR1006" && d.Location.Path.EndsWith("b.mcred")).Severity);
        }

        [Fact]
        public void Folders_keep_their_own_options_when_matching_runs_per_folder()
        {
            using var ws = new TempWorkspace()
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1006.severity = error\n[strict/*.mcred]\nmcred_diagnostic.MCR1006.severity = warning\n")
                .Write("a.mcred", "skill a {\n}\n")
                .Write("strict/b.mcred", "skill b {\n}\n");
            var result = ws.Check();
            Assert.Equal(Mcred.Diagnostics.McredSeverity.Error, result.Diagnostics.Single(d => d.Id == "MCR1006" && d.Location.Path.EndsWith("a.mcred")).Severity);
            Assert.Equal(Mcred.Diagnostics.McredSeverity.Warning, result.Diagnostics.Single(d => d.Id == "MCR1006" && d.Location.Path.EndsWith(Path.Combine("strict", "b.mcred"))).Severity);
        }
    }
}
