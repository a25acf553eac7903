using System.Linq;
using Mcred.Diagnostics;
using Xunit;

namespace Mcred.Tests.Configuration
{
    /// <summary>MCR0007: a bad value is an error, a key with no effect a warning, located on the config file's line.</summary>
    public class ConfigDiagnosticTests
    {
        private const string Plan = "category c { type soft }\n";

        private static McredDiagnostic Single0007(TempWorkspace ws, string folder = "") =>
            Assert.Single(ws.Check(folder).Diagnostics, d => d.Id == "MCR0007");

        [Theory]
        [InlineData("mcred_diagnostic.MCR1003.severity = loud", McredSeverity.Error, "not a severity")]
        [InlineData("mcred_why_max_length = many", McredSeverity.Error, "positive whole number")]
        [InlineData("mcred_min_skills_per_credential = 0", McredSeverity.Error, "positive whole number")]
        [InlineData("mcred_persona_min_words = -3", McredSeverity.Error, "positive whole number")]
        [InlineData("mcred_today = 2026-02-30", McredSeverity.Error, "must be a date")]
        [InlineData("mcred_min_essential_coverage = 0", McredSeverity.Error, "must be a whole percentage from 1 to 100, found '0'")]
        [InlineData("mcred_min_essential_coverage = 120", McredSeverity.Error, "must be a whole percentage from 1 to 100, found '120'")]
        [InlineData("mcred_why_max_len = 100", McredSeverity.Warning, "did you mean 'mcred_why_max_length'?")]
        [InlineData("mcred_colour = blue", McredSeverity.Warning, "has no effect; mcred reads mcred_diagnostic.ID.severity and mcred_min_essential_coverage, mcred_min_skills_per_credential, mcred_persona_min_words, mcred_today, mcred_why_max_length, mcred_why_min_words")]
        [InlineData("mcred_why_max_lenght = 3", McredSeverity.Warning, "did you mean 'mcred_why_max_length'?")]
        [InlineData("dotnet_diagnostic.MCR1003.severity = error", McredSeverity.Warning, "use 'mcred_diagnostic.MCR1003.severity' instead")]
        [InlineData("mcred_diagnostic.MCR0002.severity = none", McredSeverity.Warning, "compiler diagnostic and cannot be configured")]
        [InlineData("mcred_diagnostic.MCR1099.severity = none", McredSeverity.Warning, "there is no rule MCR1099")]
        public void Editorconfig_keys_are_validated_on_their_line(string line, McredSeverity severity, string messagePart)
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".editorconfig", $"root = true\n\n[*.mcred]\n{line}\n");
            var d = Single0007(ws);
            Assert.Equal(severity, d.Severity);
            Assert.EndsWith(".editorconfig", d.Location.Path);
            Assert.Equal((4, 1), (d.Location.Line, d.Location.Column));
            Assert.Contains(messagePart, d.Message);
        }

        [Theory]
        [InlineData("dotnet_diagnostic.MCR1003.severity = loud", McredSeverity.Error)]
        [InlineData("dotnet_diagnostic.MCR0001.severity = none", McredSeverity.Warning)]
        [InlineData("mcred_today = tomorrow", McredSeverity.Error)]
        public void Globalconfig_keys_are_validated_on_their_line(string line, McredSeverity severity)
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".globalconfig", $"is_global = true\n{line}\n");
            var d = Single0007(ws);
            Assert.Equal(severity, d.Severity);
            Assert.Equal(2, d.Location.Line);
        }

        [Fact]
        public void A_bad_value_is_reported_even_when_a_nearer_file_overrides_it()
        {
            using var ws = new TempWorkspace()
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_why_max_length = lots\n")
                .Write("sub/.editorconfig", "[*.mcred]\nmcred_why_max_length = 200\n")
                .Write("sub/plan.mcred", Plan);
            var d = Single0007(ws);
            Assert.Equal(3, d.Location.Line);
            Assert.Equal(System.IO.Path.Combine(ws.Root, ".editorconfig"), d.Location.Path);
        }

        [Fact]
        public void A_conflict_between_globalconfigs_is_one_warning_on_the_file_nearest_the_checked_folder()
        {
            using var ws = new TempWorkspace()
                .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.MCR1003.severity = error\n")
                .Write("plans/.globalconfig", "is_global = true\n\ndotnet_diagnostic.MCR1003.severity = warning\n")
                .Write("plans/plan.mcred", Plan);
            var d = Single0007(ws, "plans");
            Assert.Equal(McredSeverity.Warning, d.Severity);
            Assert.EndsWith("plans/.globalconfig", d.Location.Path.Replace('\\', '/'));
            Assert.Equal(3, d.Location.Line);
        }

        [Fact]
        public void A_higher_global_level_is_no_conflict()
        {
            using var ws = new TempWorkspace()
                .Write(".globalconfig", "is_global = true\nglobal_level = 200\ndotnet_diagnostic.MCR1015.severity = none\n")
                .Write("plans/.globalconfig", "is_global = true\ndotnet_diagnostic.MCR1015.severity = error\n")
                .Write("plans/plan.mcred", Plan);
            Assert.Empty(ws.Check("plans").Diagnostics);
        }

        [Fact]
        public void Valid_configuration_gives_no_MCR0007()
        {
            using var ws = new TempWorkspace()
                .Write("plan.mcred", Plan)
                .Write(".editorconfig", "root = true\n[*]\nindent_style = space\n[*.mcred]\nmcred_diagnostic.MCR1015.severity = none   # no suggestions here\nmcred_why_max_length = 240\nmcred_today = 2026-11-28\n[*.cs]\ndotnet_diagnostic.CA1000.severity = none\n")
                .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.MCR1003.severity = error\ndotnet_diagnostic.CA2000.severity = none\n");
            Assert.Empty(ws.Check().Diagnostics);
        }
    }
}
