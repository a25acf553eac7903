using System;
using System.Linq;
using Mcred.Configuration;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Tests.Workspace
{
    /// <summary>MCRED_VERIFY_INCREMENTAL's comparison: it must notice any difference a shell would show.</summary>
    public sealed class IncrementalVerificationTests
    {
        private static CheckResult CheckOf(string text) =>
            McredChecker.Check(new[] { new McredSource("/ws/plan.mcred", text) }, McredConfiguration.Defaults(new DateTime(2026, 11, 30)));

        private const string Plan = "category c \"C\" {\n  type soft\n}\n\nskill s \"S\" {\n  category c\n}\n";

        [Fact]
        public void The_same_diagnostics_pass()
        {
            Assert.Null(IncrementalVerification.Difference(CheckOf(Plan).Diagnostics, CheckOf(Plan).Diagnostics));
            IncrementalVerification.Verify(CheckOf(Plan), CheckOf(Plan));
        }

        [Fact]
        public void A_missing_moved_or_reworded_diagnostic_fails_loudly_naming_it()
        {
            var full = CheckOf(Plan);
            var fewer = CheckOf(Plan.Replace("skill s \"S\" {\n  category c\n}\n", "skill s \"S\" {\n  category c\n  why \"Listening well is how analysts learn what the question really is\"\n}\n"));
            Assert.NotEqual(full.Diagnostics.Count, fewer.Diagnostics.Count);
            var error = Assert.Throws<InvalidOperationException>(() => IncrementalVerification.Verify(fewer, full));
            Assert.StartsWith("MCRED_VERIFY_INCREMENTAL: the incremental check differs from a full check: diagnostic ", error.Message);

            var moved = CheckOf("\n" + Plan);
            Assert.Contains("incrementally but", IncrementalVerification.Difference(moved.Diagnostics, full.Diagnostics));
        }
    }
}
