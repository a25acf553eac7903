using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// The first hour, end to end through the real commands: <c>mcred new</c>, the user's plan with five mistakes
    /// (FirstHour/plan.mcred, its expectations in <c># expect:</c> comments), <c>check</c>, <c>check --fix</c>, then
    /// the user fixing the rest by hand. Nothing may cascade, and no fix may take the seeds file's suppression away.
    /// </summary>
    public class FirstHourTests
    {
        private static readonly string Plan = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FirstHour", "plan.mcred"));

        [Fact]
        public void Five_mistakes_give_five_diagnostics_and_fix_keeps_the_suppression_then_the_plan_checks_clean()
        {
            using var run = new CliRun();
            Assert.Equal(0, run.Run("new", "."));
            var seeds = run.Read("soft-skills.mcred");
            Assert.Contains("# mcred-disable-file MCR1016", seeds, StringComparison.Ordinal);
            run.Write("plan.mcred", Plan);

            Assert.Equal(1, run.Run("check", "."));
            Assert.Equal(Expected(Plan), Reported(run.Stdout));
            Assert.Contains("plan.mcred(26,7): error MCR0001: expected a value, found '“': curly quotes do not make a string: write straight quotes", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("plan.mcred(15,7): error MCR0001: expected a value, found ':': a property and its value are separated by a space, not ':': write 'kind employer'", run.Stdout, StringComparison.Ordinal);

            Assert.Equal(1, run.Run("check", "--fix", "."));
            Assert.Equal(seeds, run.Read("soft-skills.mcred"));
            var afterFix = run.Read("plan.mcred");
            var changed = Plan.Split('\n').Zip(afterFix.Split('\n')).Where(pair => pair.First != pair.Second).ToList();
            Assert.Equal(2, changed.Count);
            Assert.Equal("  kind employer # expect: MCR0001", changed[0].Second);
            Assert.StartsWith("  why \"Most business data lives in relational databases;", changed[1].Second, StringComparison.Ordinal);
            Assert.Equal(3, Reported(run.Stdout).Length);

            // The user fixes the three misspellings the messages name: the plan is clean, and the seeds' suppression
            // still hides the unused library skills (no ten MCR1016 suggestions).
            run.Write("plan.mcred", afterFix.Replace("skil data", "skill data").Replace("catgory", "category").Replace("comunication", "communication"));
            Assert.Equal(0, run.Run("check", "--fail-on", "suggestion", "."));
            Assert.DoesNotContain("MCR", run.Stdout, StringComparison.Ordinal);
        }

        /// <summary>"plan.mcred:15:MCR0001" for each trailing <c># expect: ID</c>, in line order.</summary>
        private static string[] Expected(string plan) =>
            plan.Split('\n')
                .Select((line, i) => (Line: i + 1, Match: Regex.Match(line, "# expect: (MCR\\d{4})")))
                .Where(e => e.Match.Success)
                .Select(e => $"plan.mcred:{e.Line}:{e.Match.Groups[1].Value}")
                .ToArray();

        private static string[] Reported(string stdout) =>
            Regex.Matches(stdout, @"^(\S+?)\((\d+),\d+\): \w+ (MCR\d{4})", RegexOptions.Multiline)
                .Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}:{m.Groups[3].Value}")
                .ToArray();
    }
}
