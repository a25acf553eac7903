using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using Range = Mcred.LanguageServer.Protocol.Range;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>What editors send on a bad day: the server answers, logs and goes on; it never crashes or hangs.</summary>
    public class BadInputTests
    {
        [Fact]
        public async Task Requests_about_unknown_documents_and_positions_past_the_end_get_empty_results()
        {
            await using var session = await ServerSession.Start();
            var notPlan = LspClient.Uri(session.PathOf("notes.txt"));
            Assert.Null(await session.Client.Request<Hover?>("textDocument/hover", new { textDocument = new { uri = notPlan }, position = new { line = 0, character = 0 } }));
            Assert.Empty(await session.Client.Request<List<Location>>("textDocument/definition", new { textDocument = new { uri = "untitled:Untitled-1" }, position = new { line = 0, character = 0 } }));
            Assert.Empty(await session.Client.Request<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(session.PathOf("missing.mcred")) } }));

            var skills = session.PathOf("skills.mcred");
            Assert.Null(await session.Client.Request<Hover?>("textDocument/hover", LspClient.Doc(skills, 100000, 5)));
            Assert.Null(await session.Client.Request<Hover?>("textDocument/hover", LspClient.Doc(skills, 2, 100000)));
            await session.Client.Open(skills, File.ReadAllText(skills));
            await session.Client.Change(skills, 2, new Range(new Position(99999, 0), new Position(99999, 10)), "\n");
            Assert.NotNull(await session.Client.Request<List<DocumentSymbol>>("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(skills) } }));
        }

        [Fact]
        public async Task A_five_megabyte_change_is_checked()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            await session.Client.Open(skills, session.Text("skills.mcred"));
            var big = new StringBuilder(session.Text("skills.mcred"));
            for (var i = 0; big.Length < 5_000_000; i++)
            {
                big.Append("skill bulk").Append(i).Append(" \"Bulk ").Append(i).Append("\" {\n  category analytics-tools\n  why \"A skill added in bulk so the buffer grows past five megabytes.\"\n}\n");
            }

            big.Append("skill broken {\n");
            await session.Client.Change(skills, 2, null, big.ToString());
            var published = await session.Client.WaitForDiagnostics(skills, p => p.Version == 2);
            Assert.Contains(published.Diagnostics, d => d.Code == "MCR0001");
        }

        [Fact]
        public async Task A_file_deleted_on_disk_while_open_keeps_its_buffer_and_leaves_when_closed()
        {
            await using var session = await ServerSession.Start();
            var people = session.PathOf("people.mcred");
            var text = session.Text("people.mcred").Replace("issuer northwind", "issuer northwind-two");
            await session.Client.Open(people, text);
            var credentials = session.PathOf("credentials.mcred");
            await session.Client.WaitForDiagnostics(credentials, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));

            File.Delete(people);
            await session.Client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(people), type = LspConstants.FileDeleted } } });
            var stillThere = await session.Client.Request<List<DocumentSymbol>>("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(people) } });
            Assert.Contains(stillThere, s => s.Name == "northwind-two");

            await session.Client.Notify("textDocument/didClose", new { textDocument = new { uri = LspClient.Uri(people) } });
            var gone = await session.Client.WaitForDiagnostics(credentials, p => p.Diagnostics.Count(d => d.Code == "MCR0002") >= 3);
            Assert.Contains(gone.Diagnostics, d => d.Message.Contains("undefined issuer 'northwind'"));
        }
    }
}
