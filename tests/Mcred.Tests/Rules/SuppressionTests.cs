using System.Linq;
using Xunit;

namespace Mcred.Tests.Rules
{
    public class SuppressionTests
    {
        // skill s: MCR1001, MCR1006, MCR1016 on line N.
        private const string Skill = "skill s {\n}\n";

        [Fact]
        public void Next_line_skips_blank_and_comment_lines()
        {
            var result = Check.Text("# mcred-disable-next-line MCR1006, MCR1001 -- still drafting\n\n# an ordinary comment\n" + Skill);
            Assert.Equal(new[] { "MCR1016" }, result.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void Next_line_covers_only_diagnostics_starting_on_that_line()
        {
            var result = Check.Text("# mcred-disable-next-line MCR0005, MCR1016\nskill s {\n  half-life 3yrs\n}\n");
            Assert.Contains(result.Diagnostics, d => d.Id == "MCR0005");
            Assert.Contains(result.Diagnostics, d => d.Id == "MCR1018" && d.Message.Contains("MCR0005"));
        }

        [Fact]
        public void File_suppression_covers_the_whole_file_from_anywhere()
        {
            var result = Check.Text(Skill + "skill t {\n}\n# mcred-disable-file MCR1016, MCR1006\n");
            Assert.Equal(new[] { "MCR1001", "MCR1001" }, result.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void File_suppression_does_not_reach_other_files()
        {
            var result = Check.Files(("/ws/a.mcred", "# mcred-disable-file MCR1016\n" + Skill), ("/ws/b.mcred", "skill t {\n}\n"));
            Assert.Equal(new[] { "/ws/b.mcred" }, result.Diagnostics.Where(d => d.Id == "MCR1016").Select(d => d.Location.Path));
        }

        [Fact]
        public void Each_unused_id_is_one_MCR1018_on_the_comment()
        {
            var result = Check.Text("# mcred-disable-next-line MCR1006, MCR1005, MCR1014\n" + Skill);
            var unused = result.Diagnostics.Where(d => d.Id == "MCR1018").ToList();
            Assert.Equal(2, unused.Count);
            Assert.All(unused, d => Assert.Equal((1, 1), (d.Location.Line, d.Location.Column)));
            Assert.Contains(unused, d => d.Message.Contains("MCR1005"));
            Assert.Contains(unused, d => d.Message.Contains("MCR1014"));
        }

        [Fact]
        public void An_unused_id_whose_severity_is_none_or_silent_is_not_reported()
        {
            var result = Check.WithOptions("# mcred-disable-next-line MCR1005, MCR1014\n" + Skill,
                "mcred_diagnostic.MCR1005.severity=none", "mcred_diagnostic.MCR1014.severity=silent");
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "MCR1018");
        }

        [Fact]
        public void Unused_suppression_severity_is_configurable_and_it_cannot_suppress_itself()
        {
            var result = Check.WithOptions("# mcred-disable-file MCR1018\n# mcred-disable-next-line MCR1005\n" + Skill, "mcred_diagnostic.MCR1018.severity=error");
            var unused = result.Diagnostics.Where(d => d.Id == "MCR1018").ToList();
            Assert.Equal(2, unused.Count);
            Assert.All(unused, d => Assert.Equal(Mcred.Diagnostics.McredSeverity.Error, d.Severity));
        }

        [Theory]
        [InlineData("# mcred-disable-next-line MCR1006 because drafting", "after the IDs")]
        [InlineData("# mcred-disable-next-line", "names no diagnostic ID")]
        [InlineData("# mcred-disable-next-line -- reason only", "names no diagnostic ID")]
        [InlineData("# mcred-disable-next-line MCR1006, MCR7777", "unknown diagnostic ID 'MCR7777'")]
        [InlineData("# mcred-disable-line MCR1006", "unknown suppression 'mcred-disable-line'")]
        public void Malformed_suppression_comments_are_MCR0005_on_the_comment(string comment, string messagePart)
        {
            var result = Check.Text(comment + "\n" + Skill);
            var d = Assert.Single(result.Diagnostics, x => x.Id == "MCR0005");
            Assert.Equal((1, 1), (d.Location.Line, d.Location.Column));
            Assert.Contains(messagePart, d.Message);
            Assert.Contains(result.Diagnostics, x => x.Id == "MCR1006");
        }

        [Fact]
        public void A_suppression_after_code_is_an_ordinary_comment()
        {
            var result = Check.Text("skill s { # mcred-disable-next-line MCR1006\n}\nskill t {\n}\n");
            Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "MCR1006"));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "MCR1018" || d.Id == "MCR0005");
        }

        [Fact]
        public void Ids_are_case_insensitive_and_a_trailing_comma_is_allowed()
        {
            var result = Check.Text("# mcred-disable-next-line mcr1006, MCR1001,\n" + Skill);
            Assert.Equal(new[] { "MCR1016" }, result.Diagnostics.Select(d => d.Id));
        }
    }
}
