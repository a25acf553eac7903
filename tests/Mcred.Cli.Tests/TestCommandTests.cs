using System.IO;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    public class TestCommandTests
    {
        private const string Passing = "skill a { # expect: MCR1001, MCR1006, MCR1016\n}\n";

        [Fact]
        public void Passing_fixtures_exit_0_with_one_line_each_and_the_closing_line()
        {
            using var run = new CliRun().Write("fx/a.mcred", Passing).Write("fx/b.mcred", "# expect: MCR1014, MCR1015\ncategory c {\n}\n");
            Assert.Equal(0, run.Run("test", "fx"));
            Assert.Equal("PASS fx/a.mcred\nPASS fx/b.mcred\n2 passed, 0 failed\n", run.Stdout);
        }

        [Fact]
        public void A_failing_fixture_shows_missing_and_unexpected_pairs_and_exits_1()
        {
            using var run = new CliRun().Write("fx/a.mcred", Passing).Write("fx/wrong.mcred", "skill a { # expect: MCR1005\n}\n");
            Assert.Equal(1, run.Run("test", "fx"));
            Assert.Contains("FAIL fx/wrong.mcred", run.Stdout);
            Assert.Contains("missing    fx/wrong.mcred(1): MCR1005", run.Stdout);
            Assert.Contains("unexpected fx/wrong.mcred(1,7): warning MCR1006: skill 'a' has no why statement", run.Stdout);
            Assert.EndsWith("1 passed, 1 failed\n", run.Stdout);
        }

        [Fact]
        public void Each_fixture_is_its_own_workspace_so_ids_may_repeat_across_fixtures()
        {
            using var run = new CliRun().Write("fx/a.mcred", Passing).Write("fx/b.mcred", Passing);
            Assert.Equal(0, run.Run("test", "fx"));
        }

        [Fact]
        public void Fixtures_use_the_configuration_that_applies_to_their_path()
        {
            using var run = new CliRun()
                .Write("fx/.editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.MCR1016.severity = none\n")
                .Write("fx/a.mcred", "skill a { # expect: MCR1001, MCR1006\n}\n");
            Assert.Equal(0, run.Run("test", "fx"));
        }

        [Fact]
        public void The_repository_fixtures_pass_through_the_cli_too()
        {
            using var run = new CliRun();
            var fixtures = Path.Combine(System.AppContext.BaseDirectory, "fixtures");
            Assert.Equal(0, run.Run("test", fixtures));
            var count = Directory.GetFiles(fixtures, "*.mcred").Length;
            Assert.True(count >= 40, "the fixtures were not copied");
            Assert.EndsWith($"{count} passed, 0 failed\n", run.Stdout);
        }
    }
}
