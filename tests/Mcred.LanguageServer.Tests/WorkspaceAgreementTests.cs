using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Mcred.Tooling.Files;
using Mcred.Workspace;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>The editor sees the workspace CI sees: .mcredignore honoured, other places and unused things marked as the CLI marks them.</summary>
    public class WorkspaceAgreementTests
    {
        private const string Broken = "skill broken {\n  why \"never closed\n";

        [Fact]
        public async Task A_file_mcredignore_leaves_out_gets_no_diagnostics_as_mcred_check_reports_none()
        {
            await using var session = await ServerSession.Start(folder =>
            {
                Directory.CreateDirectory(Path.Combine(folder, "drafts"));
                File.WriteAllText(Path.Combine(folder, "drafts", "wip.mcred"), Broken);
                File.WriteAllText(Path.Combine(folder, ".mcredignore"), "drafts/\n");
            });
            var exclusions = new Exclusions(System.Array.Empty<string>(), session.Folder);
            var check = McredChecker.CheckDisk(new[] { session.Folder }, session.Folder, ServerSession.Today, null, exclusions.IsExcluded);
            Assert.DoesNotContain(check.Diagnostics, d => d.Location.Path.Contains("wip.mcred"));

            // A published file proves the first check is done; the ignored one never gets diagnostics.
            var skills = session.PathOf("skills.mcred");
            File.WriteAllText(session.PathOf("unused.mcred"), "persona spare {\n  description \"Nobody earns a credential as this persona yet\"\n}\n");
            await session.Client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(session.PathOf("unused.mcred")), type = 1 } } });
            await session.Client.WaitForDiagnostics(session.PathOf("unused.mcred"), p => p.Diagnostics.Count > 0);
            Assert.False(session.Client.Diagnostics.TryGetValue(LspClient.Uri(Path.Combine(session.Folder, "drafts", "wip.mcred")), out var published) && published.Diagnostics.Count > 0);

            // Opening the ignored file in the editor does not bring it in either.
            var wip = Path.Combine(session.Folder, "drafts", "wip.mcred");
            await session.Client.Open(wip, Broken);
            await session.Client.Open(skills, session.Text("skills.mcred"));
            await session.Client.Change(skills, 2, null, session.Text("skills.mcred") + "skill orphan {\n  why \"x\"\n}\n");
            await session.Client.WaitForDiagnostics(skills, p => p.Version == 2);
            Assert.False(session.Client.Diagnostics.TryGetValue(LspClient.Uri(wip), out published) && published.Diagnostics.Count > 0);
        }

        [Fact]
        public async Task A_duplicate_carries_the_first_declaration_as_related_information_and_unused_things_are_tagged_unnecessary()
        {
            await using var session = await ServerSession.Start(folder =>
                File.WriteAllText(Path.Combine(folder, "zz-extra.mcred"), "persona career-switcher {\n  description \"A second persona of the same ID, by mistake\"\n}\npersona spare {\n  description \"Nobody earns a credential as this persona yet\"\n}\n"));
            var extra = session.PathOf("zz-extra.mcred");
            var published = await session.Client.WaitForDiagnostics(extra, p => p.Diagnostics.Any(d => d.Code == "MCR0003"));
            var duplicate = Assert.Single(published.Diagnostics, d => d.Code == "MCR0003");
            var related = Assert.Single(duplicate.RelatedInformation!);
            Assert.Equal(LspClient.Uri(session.PathOf("people.mcred")), related.Location.Uri);
            var (line, character) = session.Find("people.mcred", "career-switcher");
            Assert.Equal((line, character), (related.Location.Range.Start.Line, related.Location.Range.Start.Character));

            var unused = Assert.Single(published.Diagnostics, d => d.Code == "MCR1016");
            Assert.Equal(new[] { 1 }, unused.Tags);
            Assert.Null(duplicate.Tags);
        }

        [Fact]
        public async Task An_unsaved_editorconfig_buffer_sets_the_options_as_typed_and_closing_it_restores_the_disk()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            var config = session.PathOf(".editorconfig");
            Assert.DoesNotContain(session.CheckDisk().Diagnostics, d => d.Id == "MCR1019");

            // Never saved: only the buffer says every why needs 40 words.
            await session.Client.Open(config, "root = true\n[*.mcred]\nmcred_why_min_words = 40\n");
            var strict = await session.Client.WaitForDiagnostics(skills, p => p.Diagnostics.Any(d => d.Code == "MCR1019"));
            Assert.Contains("40", strict.Diagnostics.First(d => d.Code == "MCR1019").Message);

            await session.Client.Notify("textDocument/didClose", new { textDocument = new { uri = LspClient.Uri(config) } });
            await session.Client.WaitForDiagnostics(skills, p => p.Diagnostics.All(d => d.Code != "MCR1019"));
            Assert.False(File.Exists(config));
        }

        [Fact]
        public async Task An_unsaved_mcredignore_buffer_leaves_files_out_as_the_saved_file_would()
        {
            await using var session = await ServerSession.Start(folder =>
                File.WriteAllText(Path.Combine(folder, "wip.mcred"), Broken));
            var wip = session.PathOf("wip.mcred");
            await session.Client.WaitForDiagnostics(wip, p => p.Diagnostics.Any(d => d.Code == "MCR0001"));

            await session.Client.Open(session.PathOf(".mcredignore"), "wip.mcred\n");
            await session.Client.WaitForDiagnostics(wip, p => p.Diagnostics.Count == 0);
        }

        [Fact]
        public async Task The_start_up_warm_up_edit_is_never_seen_and_the_first_real_edit_is_checked_as_mcred_check_would()
        {
            await using var session = await ServerSession.Start();
            var symbols = await session.Client.Request<System.Collections.Generic.List<Protocol.SymbolInformation>>("workspace/symbol", new { query = "mcred-warm-up" });
            Assert.Empty(symbols);
            Assert.All(session.Client.Diagnostics.Values, published => Assert.DoesNotContain(published.Diagnostics, d => d.Message.Contains("mcred-warm-up")));

            // Every file took part in the warm-up or was parsed with it: an edit now must still equal a fresh check.
            foreach (var name in Directory.GetFiles(session.Folder, "*.mcred").Select(Path.GetFileName))
            {
                var path = session.PathOf(name!);
                var edited = session.Text(name!) + "\nskill typo-" + name!.Replace(".mcred", string.Empty) + " {\n  category no-such-categry\n}\n";
                await session.Client.Open(path, session.Text(name!));
                await session.Client.Change(path, 2, null, edited);
                var published = await session.Client.WaitForDiagnostics(path, p => p.Version == 2);
                File.WriteAllText(path, edited);
                var expected = session.CheckDisk().Diagnostics.Where(d => d.Location.Path == path && d.Severity > Mcred.Diagnostics.McredSeverity.Silent).Select(d => d.Id).OrderBy(x => x);
                Assert.Equal(expected, published.Diagnostics.Select(d => d.Code).OrderBy(x => x));
            }
        }
    }
}
