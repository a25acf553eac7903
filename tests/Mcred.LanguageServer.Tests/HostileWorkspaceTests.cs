using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// What a workspace can hold that must not break the editor: special files and unreadable folders, stray files far
    /// from it, names with '%', huge names, and buffers opened and closed by the thousand.
    /// </summary>
    public class HostileWorkspaceTests
    {
        [Fact]
        public async Task A_fifo_a_link_to_a_device_and_an_unreadable_folder_leave_the_rest_of_the_workspace_checked()
        {
            await using var session = await ServerSession.Start(folder =>
            {
                UnixTool.Run("mkfifo", Path.Combine(folder, "pipe.mcred"));
                UnixTool.Run("ln", "-s", "/dev/zero", Path.Combine(folder, "zero.mcred"));
                Directory.CreateDirectory(Path.Combine(folder, "locked"));
                File.WriteAllText(Path.Combine(folder, "locked", "hidden.mcred"), "skill hidden {\n  category nowhere\n}\n");
                UnixTool.Run("chmod", "000", Path.Combine(folder, "locked"));
            });
            try
            {
                // A new skill in a category of another file: unused (MCR1016), not undefined (the false MCR0002 of an
                // emptied workspace).
                var extra = session.PathOf("extra.mcred");
                await session.Client.Open(extra, "skill extra-skill \"Extra\" {\n  category analytics-tools\n  why \"Analysts use this skill every single day at work\"\n}\n");
                var published = await session.Client.WaitForDiagnostics(extra, p => p.Version == 1);
                Assert.Contains(published.Diagnostics, d => d.Code == "MCR1016");
                Assert.DoesNotContain(published.Diagnostics, d => d.Code == "MCR0002");
                var symbols = await session.Client.Request<List<SymbolInformation>>("workspace/symbol", new { query = "data-storytelling" });
                Assert.NotEmpty(symbols);
            }
            finally
            {
                UnixTool.Run("chmod", "755", Path.Combine(session.Folder, "locked"));
            }
        }

        [Fact]
        public async Task A_file_opened_outside_every_workspace_folder_is_checked_alone_and_its_folder_is_not_walked()
        {
            await using var session = await ServerSession.Start();
            var elsewhere = Path.Combine(Path.GetTempPath(), "mcred-stray-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(elsewhere, "unrelated"));
            File.WriteAllText(Path.Combine(elsewhere, "unrelated", "broken.mcred"), "skill broken {\n  why \"never closed\n");
            var stray = Path.Combine(elsewhere, "notes.mcred");
            File.WriteAllText(stray, "skill note {\n  category missing-category\n}\n");

            await session.Client.Open(stray, File.ReadAllText(stray));
            var own = await session.Client.WaitForDiagnostics(stray, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));
            Assert.NotEmpty(own.Diagnostics);
            Assert.False(session.Client.Diagnostics.ContainsKey(LspClient.Uri(Path.Combine(elsewhere, "unrelated", "broken.mcred"))), "the stray file's folder was walked");
            var symbols = await session.Client.Request<List<SymbolInformation>>("workspace/symbol", new { query = "broken" });
            Assert.Empty(symbols);
        }

        [Fact]
        public async Task Closed_buffers_outside_the_workspace_leave_nothing_behind()
        {
            await using var session = await ServerSession.Start();
            var elsewhere = Path.Combine(Path.GetTempPath(), "mcred-closed-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(elsewhere);
            await session.Client.Request<List<SymbolInformation>>("workspace/symbol", new { query = "x" });
            var before = session.Server.Workspace.ParsedFiles;
            for (var i = 0; i < 40; i++)
            {
                var path = Path.Combine(elsewhere, $"scratch{i}.mcred");
                await session.Client.Open(path, $"persona p{i} {{\n  description \"{new string('x', 10_000)}\"\n}}\n");
                await session.Client.Request<List<SymbolInformation>>("workspace/symbol", new { query = "x" });
                await session.Client.Notify("textDocument/didClose", new { textDocument = new { uri = LspClient.Uri(path) } });
            }

            await session.Client.Request<List<SymbolInformation>>("workspace/symbol", new { query = "x" });
            Assert.Equal(before, session.Server.Workspace.ParsedFiles);
        }

        [Fact]
        public async Task A_file_named_with_a_percent_sign_is_published_under_its_own_uri()
        {
            await using var session = await ServerSession.Start(folder =>
                File.WriteAllText(Path.Combine(folder, "p%41q.mcred"), "skill odd {\n  category missing-category\n}\n"));
            var path = session.PathOf("p%41q.mcred");
            var deadline = DateTime.UtcNow + LspClient.Patience;
            while (!session.Client.Diagnostics.Keys.Any(u => new Uri(u).LocalPath == path) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            var uri = Assert.Single(session.Client.Diagnostics.Keys, u => new Uri(u).LocalPath == path);
            Assert.DoesNotContain(session.Client.Diagnostics.Keys, u => new Uri(u).LocalPath == session.PathOf("pAq.mcred"));

            // Fixed on disk, the same URI is cleared.
            File.WriteAllText(path, "persona odd {\n  description \"A learner with an odd file name\"\n}\n");
            await session.Client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri, type = 2 } } });
            while (session.Client.Diagnostics[uri].Diagnostics.Any(d => d.Code == "MCR0002") && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.DoesNotContain(session.Client.Diagnostics[uri].Diagnostics, d => d.Code == "MCR0002");
        }

        [Fact]
        public async Task Hover_on_a_huge_name_is_cut()
        {
            var name = new string('n', 200_000);
            await using var session = await ServerSession.Start(folder =>
                File.WriteAllText(Path.Combine(folder, "huge.mcred"), $"persona huge \"{name}\" {{\n  description \"A learner with a very long name\"\n}}\n"));
            var path = session.PathOf("huge.mcred");
            var hover = await session.Client.Request<Hover>("textDocument/hover", LspClient.Doc(path, 0, 9));
            Assert.InRange(hover.Contents.Value.Length, 10, 2_000);
            Assert.Contains("…", hover.Contents.Value);
        }
    }
}
