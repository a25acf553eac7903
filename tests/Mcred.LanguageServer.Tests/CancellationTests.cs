using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>Stale work stops: a cancelled request ends inside the check, and of two racing edits only the newer is published last.</summary>
    public class CancellationTests
    {
        [Fact]
        public async Task Two_racing_edits_end_with_the_newer_ones_diagnostics_and_they_equal_check()
        {
            await using var session = await ServerSession.Start();
            var path = session.PathOf("credentials.mcred");
            var original = session.Text("credentials.mcred");
            await session.Client.Open(path, original);
            var older = original.Replace("dashboard-design", "dashbord-design");
            var newer = original.Replace("sql-querying", "sql-qerying");

            // Sent back to back: the server may still be checking the first when the second arrives.
            var first = session.Client.Change(path, 2, null, older);
            var second = session.Client.Change(path, 3, null, newer);
            await Task.WhenAll(first, second);

            var final = await session.Client.WaitForDiagnostics(path, p => p.Version == 3);
            Assert.Contains(final.Diagnostics, d => d.Code == "MCR0002" && d.Message.Contains("'sql-qerying'", StringComparison.Ordinal));
            Assert.DoesNotContain(final.Diagnostics, d => d.Message.Contains("dashbord", StringComparison.Ordinal));

            var uri = LspClient.Uri(path);
            var afterNewer = session.Client.History.SkipWhile(p => p.Uri != uri || p.Version != 3).Where(p => p.Uri == uri);
            Assert.All(afterNewer, p => Assert.Equal(3, p.Version));

            File.WriteAllText(path, newer);
            var expected = session.CheckDisk().Diagnostics.Where(d => d.Location.Path == path).Select(d => (d.Id, d.Location.Line - 1, d.Message));
            Assert.Equal(expected, final.Diagnostics.Select(d => (d.Code, d.Range.Start.Line, d.Message)));
        }

        [Fact]
        public void A_cancelled_request_stops_inside_the_check_and_the_next_one_checks_in_full()
        {
            var folder = Path.Combine(Path.GetTempPath(), "mcred-cancel-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var path = Path.Combine(folder, "plan.mcred");
                File.WriteAllText(path, "category c \"C\" {\n  type soft\n}\n");
                var workspace = new ServerWorkspace(() => ServerSession.Today, _ => { });
                workspace.SetRoots(new[] { folder });
                workspace.Open(path, LspClient.Uri(path), "skill s \"S\" {\n  category c\n}\n", 1);

                using var stale = new CancellationTokenSource();
                stale.Cancel();
                Assert.ThrowsAny<OperationCanceledException>(() => workspace.Read(snapshot => snapshot.Result.Diagnostics.Count, stale.Token));
                Assert.Equal(0, workspace.ChecksCompleted);

                // The open buffer's skill has no why: the check that ran in full reports it.
                var ids = workspace.Read(snapshot => snapshot.Result.Diagnostics.Where(d => d.Location.Path == path).Select(d => d.Id).ToList());
                Assert.Equal(1, workspace.ChecksCompleted);
                Assert.Contains("MCR1006", ids);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
