using System.IO;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary><c>check --fix</c> applies only safe fixes, writes like fmt, and reports what is left.</summary>
    public class FixTests
    {
        private const string Plan =
            "# mcred-disable-next-line MCR1001, MCR1007, MCR1006 -- drafted later\n" +
            "skill lonely \"Lonely\" {\n" +
            "  half-life 2y\n" +
            "  reviewed 2026-01-01\n" +
            "}\n" +
            "\n" +
            "# mcred-disable-next-line MCR1019\n" +
            "category c \"C\" {\n" +
            "  type soft\n" +
            "}\n" +
            "credential cred \"Cred\" {\n" +
            "  skills lonly\n" +
            "}\n";

        /// <summary>The plan with its reference typo fixed: while an error stands no suppression is reported unused.</summary>
        private static readonly string WellFormed = Plan.Replace("skills lonly", "skills lonely");

        [Fact]
        public void Unused_suppressions_are_removed_an_id_or_a_whole_comment_at_a_time()
        {
            using var run = new CliRun().Write("a.mcred", WellFormed);
            run.Run("check", "--fix");
            Assert.Equal(
                WellFormed.Replace(", MCR1007", string.Empty).Replace("# mcred-disable-next-line MCR1019\n", string.Empty),
                run.Read("a.mcred"));
            Assert.DoesNotContain("MCR1018", run.Stdout);
            Assert.Equal("mcred: applied 2 safe fixes in 1 file", run.Stderr.Trim());
        }

        [Fact]
        public void Guesses_are_not_applied_and_a_clean_plan_is_not_written()
        {
            using var run = new CliRun().Write("a.mcred", Plan);
            run.Run("check", "--fix");
            var afterFirst = run.Read("a.mcred");
            Assert.Contains("skills lonly", afterFirst);
            Assert.Contains("MCR0002", run.Stdout);

            var written = File.GetLastWriteTimeUtc(Path.Combine(run.Folder, "a.mcred"));
            Assert.Equal(1, run.Run("check", "--fix"));
            Assert.Equal(afterFirst, run.Read("a.mcred"));
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(run.Folder, "a.mcred")));
        }

        [Fact]
        public void The_last_of_several_ids_takes_its_comma_with_it()
        {
            using var run = new CliRun().Write("a.mcred", WellFormed.Replace("MCR1001, MCR1007, MCR1006", "MCR1001, MCR1006, MCR1007"));
            run.Run("check", "--fix");
            Assert.StartsWith("# mcred-disable-next-line MCR1001, MCR1006 -- drafted later\n", run.Read("a.mcred"));
        }
    }
}
