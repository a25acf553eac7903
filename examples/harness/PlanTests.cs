using System.Linq;
using Harness.Rules;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Testing;
using Xunit;

namespace Harness
{
    public class PlanTests
    {
        // One test case per fixture file, each checked alone against its "# expect:" comments, with our rule added.
        [Theory]
        [McredFixtures("fixtures")]
        public void Fixture(McredFixture fixture) => McredAssert.MatchesExpectations(fixture, new EmployerRecognitionRule());

        // The plan we ship has no warnings or errors.
        [Fact]
        public void Plan_is_clean() => McredAssert.Clean("plan");

        // ...and meets our own policy too.
        [Fact]
        public void Plan_meets_our_policy() =>
            McredAssert.Clean(McredWorkspace.Load("plan").WithRules(new EmployerRecognitionRule()), McredSeverity.Suggestion);

        // A custom assertion over the checked model.
        [Fact]
        public void Every_credential_for_career_switchers_is_recognized_by_an_employer()
        {
            var model = McredWorkspace.Load("plan").Model;
            var forSwitchers = model.Credentials.Where(c => c.For.Any(p => p.Id.Contains("career-switcher"))).ToList();
            Assert.NotEmpty(forSwitchers);
            Assert.All(forSwitchers, c => Assert.Contains(c.RecognizedBy.Concat(c.EndorsedBy), r => r.RecognizerKind == RecognizerKind.Employer));
        }
    }
}
