using System.IO;
using Snapshooter;
using Xunit;
using Xunit.Sdk;

namespace Mcred.Testing.Tests
{
    public class SnapshotTests
    {
        [Fact]
        public void Diagnostics_match_the_committed_snapshot()
        {
            McredSnapshot.Match(McredWorkspace.Load("fixtures/nested"));
        }

        [Fact]
        public void A_changed_result_fails_and_says_what_differs()
        {
            using var folder = new TempFolder();
            // Snapshooter keeps snapshots in a __snapshots__ folder under the folder it is given.
            var name = new SnapshotFullName("plan.snap", folder.Path);
            var plan = folder.Write("plans/plan.mcred", "category c {\n}\n");

            // No snapshot yet: it is written, and the test fails rather than passing unseen.
            var missing = Assert.ThrowsAny<XunitException>(() => McredSnapshot.Match(McredWorkspace.Load(Path.GetDirectoryName(plan)!), name));
            Assert.Contains("no snapshot existed", missing.Message);
            Assert.True(File.Exists(Path.Combine(folder.Path, "__snapshots__", "plan.snap")));
            McredSnapshot.Match(McredWorkspace.Load(Path.GetDirectoryName(plan)!), name);

            File.WriteAllText(plan, "category c {\n  type soft\n}\n");
            var error = Assert.ThrowsAny<XunitException>(() => McredSnapshot.Match(McredWorkspace.Load(Path.GetDirectoryName(plan)!), name));
            Assert.Contains("MCR1014", error.Message);
        }
    }
}
