using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using Range = Mcred.LanguageServer.Protocol.Range;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>Published diagnostics: every file of the workspace, exactly mcred check's, and current with every edit.</summary>
    public class DiagnosticsTests
    {
        [Fact]
        public async Task Every_file_gets_exactly_the_diagnostics_check_reports_opened_or_not()
        {
            await using var session = await ServerSession.Start(folder =>
            {
                File.AppendAllText(Path.Combine(folder, "skills.mcred"), "\nskill orphan {\n  why \"x\"\n}\n");
                File.WriteAllText(Path.Combine(folder, "broken.mcred"), "skill s1 {\n  category nowhere\n");
            });
            var expected = session.CheckDisk().Diagnostics.Where(d => d.Severity > Diagnostics.McredSeverity.Silent).ToList();
            Assert.Contains(expected, d => d.Id == "MCR0001");
            foreach (var path in expected.Select(d => d.Location.Path).Distinct())
            {
                var published = await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Count == expected.Count(d => d.Location.Path == path));
                var want = expected.Where(d => d.Location.Path == path)
                    .Select(d => (d.Id, d.Message, d.Location.LineSpan.Start.Line, d.Location.LineSpan.Start.Character, d.Location.LineSpan.End.Line, d.Location.LineSpan.End.Character, d.HelpUri, Severity: Severity(d.Severity)))
                    .OrderBy(x => x.ToString()).ToList();
                var got = published.Diagnostics
                    .Select(d => (Id: d.Code, d.Message, d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, HelpUri: d.CodeDescription.Href, d.Severity))
                    .OrderBy(x => x.ToString()).ToList();
                Assert.Equal(want, got);
                Assert.All(published.Diagnostics, d => Assert.Equal("mcred", d.Source));
            }
        }

        [Fact]
        public async Task Expiry_moves_when_the_day_changes_in_a_long_session_without_an_edit()
        {
            var today = ServerSession.Today;
            await using var session = await ServerSession.Start(
                folder => File.WriteAllText(Path.Combine(folder, "expiring.mcred"), "skill soon {\n  category analytics-tools\n  why \"A tool that changes every year needs a yearly look.\"\n  half-life 1y\n  reviewed 2025-11-28\n}\n"),
                () => today);
            var path = session.PathOf("expiring.mcred");
            var first = await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Any(d => d.Code == "MCR1016"));
            Assert.DoesNotContain(first.Diagnostics, d => d.Code == "MCR1013");

            // Nothing changes but the date: the clock's tick alone checks and publishes again.
            session.Server.CheckDate();
            today = today.AddDays(1);
            session.Server.CheckDate();
            var expired = await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Any(d => d.Code == "MCR1013"));
            Assert.Contains("2026-11-28", Assert.Single(expired.Diagnostics, d => d.Code == "MCR1013").Message);
        }

        [Fact]
        public async Task A_typo_typed_is_reported_at_its_version_and_goes_when_fixed()
        {
            await using var session = await ServerSession.Start();
            var path = session.PathOf("credentials.mcred");
            await session.Client.Open(path, session.Text("credentials.mcred"));
            var (line, character) = session.Find("credentials.mcred", "dashboard-design");
            var typo = new Range(new Position(line, character), new Position(line, character + "dashboard-design".Length));
            await session.Client.Change(path, 2, typo, "dashbord-design");
            var reported = await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));
            Assert.Equal(2, reported.Version);
            var diagnostic = Assert.Single(reported.Diagnostics, d => d.Code == "MCR0002");
            Assert.Equal(new Range(new Position(line, character), new Position(line, character + "dashbord-design".Length)), diagnostic.Range);
            Assert.Contains("did you mean 'dashboard-design'?", diagnostic.Message);

            await session.Client.Change(path, 3, new Range(new Position(line, character), new Position(line, character + "dashbord-design".Length)), "dashboard-design");
            var fixedUp = await session.Client.WaitForDiagnostics(path, p => p.Version == 3);
            Assert.DoesNotContain(fixedUp.Diagnostics, d => d.Code == "MCR0002");
        }

        [Fact]
        public async Task A_full_text_change_and_a_change_in_another_file_update_the_right_files()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            var credentials = session.PathOf("credentials.mcred");
            await session.Client.Open(skills, session.Text("skills.mcred"));

            // Renaming the skill's declaration breaks the reference in the unopened credentials file.
            await session.Client.Change(skills, 2, null, session.Text("skills.mcred").Replace("skill sql-querying", "skill sql-query"));
            var broken = await session.Client.WaitForDiagnostics(credentials, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));
            Assert.Contains("'sql-querying'", broken.Diagnostics.Single(d => d.Code == "MCR0002").Message);
        }

        [Fact]
        public async Task Edit_after_edit_in_several_files_every_file_shows_what_check_reports()
        {
            // The server checks incrementally (it binds and judges again only what an edit can reach): after each
            // edit, every file's diagnostics must still be exactly what a full check of the same texts reports.
            await using var session = await ServerSession.Start();
            var names = new[] { "people.mcred", "skills.mcred", "credentials.mcred" };
            foreach (var name in names)
            {
                await session.Client.Open(session.PathOf(name), session.Text(name));
            }

            var edits = new (string File, string Find, string Replace)[]
            {
                ("skills.mcred", "type soft", "type technical"),
                ("people.mcred", "  endorses data-analytics\n", string.Empty),
                ("credentials.mcred", "recognized-by fabrikam", "recognized-by fabrikm"),
                ("skills.mcred", "skill data-storytelling", "skill data-story"),
                ("people.mcred", "recognizer fabrikam", "recognizer fabrikm"),
                ("skills.mcred", "skill data-story", "skill data-storytelling"),
                ("skills.mcred", "type technical", "type soft"),
                ("people.mcred", "persona career-switcher", "persona career-changer"),
            };
            var version = 1;
            foreach (var (name, find, replace) in edits)
            {
                var text = session.Text(name);
                var at = text.IndexOf(find, System.StringComparison.Ordinal);
                Assert.True(at >= 0, $"'{find}' is not in {name}");
                text = text.Substring(0, at) + replace + text.Substring(at + find.Length);
                File.WriteAllText(session.PathOf(name), text); // the reference check reads the disk
                await session.Client.Change(session.PathOf(name), ++version, null, text);

                var expected = session.CheckDisk().Diagnostics.Where(d => d.Severity > Diagnostics.McredSeverity.Silent).ToList();
                foreach (var file in names)
                {
                    var path = session.PathOf(file);
                    var want = expected.Where(d => d.Location.Path == path).Select(d => $"{d.Id} ({d.Location.LineSpan.Start.Line},{d.Location.LineSpan.Start.Character}) {d.Message}").OrderBy(x => x, System.StringComparer.Ordinal).ToList();
                    if (want.Count == 0 && !session.Client.Diagnostics.ContainsKey(LspClient.Uri(path)))
                    {
                        continue; // never published: nothing to show, as a check reports nothing
                    }

                    try
                    {
                        await session.Client.WaitForDiagnostics(path, p =>
                            p.Diagnostics.Select(d => $"{d.Code} ({d.Range.Start.Line},{d.Range.Start.Character}) {d.Message}").OrderBy(x => x, System.StringComparer.Ordinal).SequenceEqual(want));
                    }
                    catch (System.TimeoutException e)
                    {
                        throw new Xunit.Sdk.XunitException($"after replacing '{find}' in {name}, {file} should show:\n  {string.Join("\n  ", want)}\n{e.Message}");
                    }
                }
            }
        }

        [Fact]
        public async Task Closing_a_buffer_goes_back_to_the_disk_text()
        {
            await using var session = await ServerSession.Start();
            var path = session.PathOf("credentials.mcred");
            await session.Client.Open(path, session.Text("credentials.mcred").Replace("issuer northwind", "issuer nowhere"));
            await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));
            await session.Client.Notify("textDocument/didClose", new { textDocument = new { uri = LspClient.Uri(path) } });
            await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.All(d => d.Code != "MCR0002"));
        }

        [Fact]
        public async Task Config_and_plan_files_changed_on_disk_are_picked_up()
        {
            await using var session = await ServerSession.Start();
            var skills = session.PathOf("skills.mcred");
            File.AppendAllText(skills, "\nskill lonely \"Lonely\" {\n  why \"Teams that write down why a skill matters keep it current.\"\n}\n");
            await session.Client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(skills), type = LspConstants.FileChanged } } });
            await session.Client.WaitForDiagnostics(skills, p => p.Diagnostics.Any(d => d.Code == "MCR1001"));

            var config = session.PathOf(".editorconfig");
            File.WriteAllText(config, "root = true\n[*.mcred]\nmcred_diagnostic.mcr1001.severity = none\n");
            await session.Client.Notify("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(config), type = LspConstants.FileCreated } } });
            await session.Client.WaitForDiagnostics(skills, p => p.Diagnostics.All(d => d.Code != "MCR1001"));
        }

        [Fact]
        public async Task Ranges_count_utf16_code_units_as_lsp_requires()
        {
            await using var session = await ServerSession.Start();
            var path = session.PathOf("emoji.mcred");
            const string Line = "credential charts \"\U0001F4CA Charts \U0001F469\u200D\U0001F4BB\" { skills nowhere }";
            await session.Client.Open(path, Line + "\n");
            var published = await session.Client.WaitForDiagnostics(path, p => p.Diagnostics.Any(d => d.Code == "MCR0002"));
            var range = published.Diagnostics.Single(d => d.Code == "MCR0002").Range;
            var start = Line.IndexOf("nowhere", System.StringComparison.Ordinal);
            Assert.Equal(new Range(new Position(0, start), new Position(0, start + "nowhere".Length)), range);
        }

        private static int Severity(Diagnostics.McredSeverity severity) => severity switch
        {
            Diagnostics.McredSeverity.Error => 1,
            Diagnostics.McredSeverity.Warning => 2,
            _ => 3,
        };
    }
}
