using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Mcred.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Mcred.Cli.Tests.Web
{
    /// <summary>
    /// The published page in Debian's Chromium, driven as a user drives it: by role and accessible name (§13), with the
    /// real worker, storage, service worker and downloads. The CLI, run in-process on the same files and date, is the
    /// oracle.
    /// </summary>
    [Collection("published site")]
    public sealed class BrowserEditionTests
    {
        private const string Today = "2026-11-28";
        private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
        private readonly PublishedSite site;

        public BrowserEditionTests(PublishedSite site)
        {
            this.site = site;
            SetDefaultExpectTimeout(30_000);
        }

        [SkippableFact]
        public async Task Opening_a_folder_checks_it_and_the_downloaded_findings_are_the_CLIs()
        {
            await using var session = await OpenStarter();
            var page = session.Page;

            var chooser = await page.RunAndWaitForFileChooserAsync(() => Button(page, "Open folder").ClickAsync());
            await chooser.SetFilesAsync(Path.Combine(Examples, "analytics"));
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 3 files"));
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Files" }).GetByRole(AriaRole.Button, new() { Name = "skills.mcred", Exact = true })).ToBeVisibleAsync();

            var download = await page.RunAndWaitForDownloadAsync(() => Button(page, "Download findings").ClickAsync());
            Assert.Equal("findings.json", download.SuggestedFilename);
            var run = new CliRun(Path.Combine(Examples, "analytics"));
            run.Run("check", ".", "--format", "json", "--fail-on", "none");
            Assert.Equal(run.Stdout, await File.ReadAllTextAsync((await download.PathAsync())!));
            var summary = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("summary");
            await Expect(Status(page)).ToHaveTextAsync($"{Count(summary, "errors", "error")}, {Count(summary, "warnings", "warning")}, {Count(summary, "suggestions", "suggestion")} in 3 files");
            session.AssertNoErrors();
        }

        [SkippableFact]
        public async Task A_typo_shows_in_Problems_with_its_did_you_mean_fix_and_the_fix_clears_it()
        {
            await using var session = await OpenStarter();
            var page = session.Page;
            await Expect(Status(page)).ToHaveTextAsync("0 errors, 0 warnings, 0 suggestions in 2 files");

            await Type(page, "\ncredential evening \"Evening data\" {\n  skills sql-qurying\n}\n");
            var problems = page.GetByRole(AriaRole.Region, new() { Name = "Problems" });
            var problem = problems.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"plan\.mcred\(\d+,\d+\): error MCR\d+: .*did you mean 'sql-querying'") });
            await Expect(problem).ToBeVisibleAsync();
            await Expect(Status(page)).ToHaveTextAsync(new Regex("^1 error"));

            await problems.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Fix: ") }).First.ClickAsync();
            await Expect(problem).ToHaveCountAsync(0);
            await Expect(Editor(page)).ToContainTextAsync("skills sql-querying");
            session.AssertNoErrors();
        }

        [SkippableFact]
        public async Task Completion_hover_and_rename_across_files_work_in_the_editor()
        {
            await using var session = await OpenStarter();
            var page = session.Page;

            await Type(page, "\ncredential evening \"Evening data\" {\n  skills sql-q");
            await page.Keyboard.PressAsync("Control+Space");
            await Expect(page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("sql-querying") })).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");

            await page.Locator(".cm-content").GetByText("communication").First.HoverAsync();
            await Expect(page.Locator(".cm-tooltip-hover")).ToContainTextAsync("Communication");

            page.Dialog += async (_, dialog) => await dialog.AcceptAsync("speaking-and-writing");
            await page.Locator(".cm-content").GetByText("communication").First.ClickAsync();
            await page.Keyboard.PressAsync("F2");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("in 2 files");
            await Expect(Editor(page)).ToContainTextAsync("speaking-and-writing");
            await page.GetByRole(AriaRole.List, new() { Name = "Files" }).GetByRole(AriaRole.Button, new() { Name = "soft-skills.mcred", Exact = true }).ClickAsync();
            await Expect(Editor(page)).ToContainTextAsync("skill speaking-and-writing");
            session.AssertNoErrors();
        }

        [SkippableFact]
        public async Task Report_coverage_and_exports_match_the_CLI_and_the_page_has_no_serious_accessibility_violation()
        {
            await using var session = await OpenStarter(bypassCsp: true);
            var page = session.Page;

            await Button(page, "Report").ClickAsync();
            var report = page.GetByRole(AriaRole.Region, new() { Name = "Report" });
            await Expect(report).ToBeVisibleAsync();
            await Expect(page.FrameLocator("#report-frame").Locator("#credential-data-analytics-foundations")).ToBeVisibleAsync();

            await Button(page, "Coverage").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Coverage" })).ToContainTextAsync("prepares-for");

            await page.GetByLabel("Badges' base URL").FillAsync("https://badges.example.org/achievements");
            var badges = await page.RunAndWaitForDownloadAsync(() => Button(page, "Export Open Badges").ClickAsync());
            var starter = new CliRun();
            Assert.Equal(0, starter.Run("new", "plans"));
            Assert.Equal(0, starter.Run("export", "ob3", "plans", "--output", "badges", "--base-url", "https://badges.example.org/achievements"));
            using (var zip = ZipFile.OpenRead((await badges.PathAsync())!))
            {
                var exported = Directory.GetFiles(Path.Combine(starter.Folder, "badges"), "*.json", SearchOption.AllDirectories);
                Assert.Equal(exported.Length, zip.Entries.Count);
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open());
                    var text = reader.ReadToEnd();
                    Assert.Equal(File.ReadAllText(Path.Combine(starter.Folder, "badges", entry.FullName)), text);
                    Assert.Empty(OpenBadgesSchema.Errors(entry.FullName.StartsWith("achievements/", StringComparison.Ordinal) ? "Achievement" : "Profile", text));
                }
            }

            var ctdl = await page.RunAndWaitForDownloadAsync(() => Button(page, "Export CTDL").ClickAsync());
            Assert.Equal(0, starter.Run("export", "ctdl", "plans", "--output", "plan.ctdl.json"));
            Assert.Equal(File.ReadAllText(Path.Combine(starter.Folder, "plan.ctdl.json")), await File.ReadAllTextAsync((await ctdl.PathAsync())!));

            // axe-core from the front end's own packages (the page's CSP is bypassed only to inject it).
            var axe = Path.Combine(DotnetProcess.RepositoryRoot(), "src", "Mcred.Web", "frontend", "node_modules", "axe-core", "axe.min.js");
            await page.AddScriptTagAsync(new() { Path = axe });
            var violations = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
            Assert.True(violations.GetArrayLength() == 0, violations.ToString());
            await Screenshot(page);
            session.AssertNoErrors();
        }

        [SkippableFact]
        public async Task Share_link_reload_and_offline_reload_keep_the_workspace()
        {
            await using var session = await OpenStarter();
            var page = session.Page;
            await Editor(page).ClickAsync();
            await page.Keyboard.PressAsync("Control+Home");
            await page.Keyboard.InsertTextAsync("# kept across reloads\n");
            await Expect(page.Locator("body[data-saved]")).ToHaveCountAsync(1);

            await Button(page, "Share").ClickAsync();
            await Expect(page.GetByLabel("Share link")).ToHaveValueAsync(new Regex("#w="));
            var link = await page.GetByLabel("Share link").InputValueAsync();
            Assert.Contains("#w=", link, StringComparison.Ordinal);
            await using (var fresh = await session.NewContext())
            {
                var shared = await fresh.NewPageAsync();
                await shared.GotoAsync(link);
                await Expect(Status(shared)).ToHaveTextAsync(new Regex("in 2 files"));
                await Expect(Editor(shared)).ToContainTextAsync("# kept across reloads");

                var damaged = await fresh.NewPageAsync();
                await damaged.GotoAsync(link.Substring(0, link.Length - 40));
                await Expect(damaged.GetByRole(AriaRole.Alert)).ToContainTextAsync("This share link is damaged");
                await Expect(Status(damaged)).ToHaveTextAsync(new Regex("in 2 files"));
            }

            await page.GotoAsync(session.Url);
            await Expect(Editor(page)).ToContainTextAsync("# kept across reloads");

            session.Server.Dispose();
            await page.ReloadAsync();
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 2 files"));
            await Expect(Editor(page)).ToContainTextAsync("# kept across reloads");
        }

        [SkippableFact]
        public async Task A_crashed_checker_loses_no_edit_and_bad_files_are_refused_with_a_message()
        {
            await using var session = await OpenStarter();
            var page = session.Page;

            await page.EvaluateAsync("() => window.mcred.crashChecker()");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The checker stopped");
            await Type(page, "\ncredential evening \"Evening data\" {\n  skills sql-qurying\n}\n");
            await Expect(Status(page)).ToHaveTextAsync(new Regex("^1 error"));

            using var files = new CliRun();
            files.WriteBytes("latin1.mcred", new byte[] { 0x23, 0x20, 0xE9, 0x0A });
            files.WriteBytes("binary.mcred", new byte[] { 0x00, 0x01, 0x02 });
            files.Write("extra.mcred", "persona extra \"Extra\" {\n  description \"A learner who joins in the evening\"\n}\n");
            var chooser = await page.RunAndWaitForFileChooserAsync(() => Button(page, "Open files").ClickAsync());
            await chooser.SetFilesAsync(new[] { "latin1.mcred", "binary.mcred", "extra.mcred" }.Select(f => Path.Combine(files.Folder, f)));
            var alert = page.GetByRole(AriaRole.Alert);
            await Expect(alert).ToContainTextAsync("latin1.mcred is not UTF-8 text");
            await Expect(alert).ToContainTextAsync("binary.mcred is not text");
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 3 files"));
            await Expect(Editor(page)).ToContainTextAsync("persona extra");
        }

        [SkippableFact]
        public async Task Go_to_definition_opens_the_other_file_and_Format_rewrites_as_mcred_fmt_does()
        {
            await using var session = await OpenStarter();
            var page = session.Page;

            await page.Locator(".cm-content").GetByText("communication").First.ClickAsync();
            await page.Keyboard.PressAsync("F12");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Editing soft-skills.mcred" })).ToBeVisibleAsync();
            await Expect(Editor(page)).ToContainTextAsync("skill communication");

            await Editor(page).ClickAsync();
            await page.Keyboard.PressAsync("Control+Home");
            await page.Keyboard.InsertTextAsync("persona   night-learner    \"Night learner\" {\ndescription \"A learner who studies late at night after the children sleep\"\n}\n\n");
            await Button(page, "Format").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Formatted soft-skills.mcred.");
            await Expect(Editor(page)).ToContainTextAsync("persona night-learner \"Night learner\" {  description");
            session.AssertNoErrors();
        }

        [SkippableFact]
        public async Task Files_are_made_renamed_and_deleted_problems_and_references_open_their_place_and_the_workspace_downloads()
        {
            await using var session = await OpenStarter();
            var page = session.Page;
            var files = page.GetByRole(AriaRole.List, new() { Name = "Files" });
            var answers = new Queue<string>(new[] { "drafts/evening.mcred", "drafts/night.mcred" });
            page.Dialog += async (_, dialog) =>
            {
                if (dialog.Type == "confirm")
                {
                    await dialog.AcceptAsync();
                }
                else
                {
                    await dialog.AcceptAsync(answers.Dequeue());
                }
            };

            await Button(page, "New file").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Editing drafts/evening.mcred" })).ToBeVisibleAsync();
            await page.Keyboard.InsertTextAsync("credential evening \"Evening data\" {\n  skills sql-querying, communication\n}\n");
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 3 files"));
            await files.GetByRole(AriaRole.Button, new() { Name = "Rename drafts/evening.mcred" }).ClickAsync();
            await Expect(files.GetByRole(AriaRole.Button, new() { Name = "drafts/night.mcred", Exact = true })).ToBeVisibleAsync();

            // Find references lists every place naming the ID; activating one opens it.
            await page.Locator(".cm-content").GetByText("communication").First.ClickAsync();
            await page.Keyboard.PressAsync("Shift+F12");
            var references = page.GetByRole(AriaRole.Region, new() { Name = "References" });
            await Expect(references.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
            await references.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^soft-skills\.mcred\(") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Editing soft-skills.mcred" })).ToBeVisibleAsync();

            // A finding in another file: activating it in Problems opens that file.
            await files.GetByRole(AriaRole.Button, new() { Name = "drafts/night.mcred", Exact = true }).ClickAsync();
            await Type(page, "credential broken \"Broken\" {\n  skills nothing-like-this\n}\n");
            await files.GetByRole(AriaRole.Button, new() { Name = "plan.mcred", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Region, new() { Name = "Problems" }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^drafts\/night\.mcred\(5,10\): error") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Editing drafts/night.mcred" })).ToBeVisibleAsync();

            var download = await page.RunAndWaitForDownloadAsync(() => Button(page, "Download workspace").ClickAsync());
            using (var zip = ZipFile.OpenRead((await download.PathAsync())!))
            {
                Assert.Equal(new[] { "drafts/night.mcred", "plan.mcred", "soft-skills.mcred" }, zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal));
            }

            await files.GetByRole(AriaRole.Button, new() { Name = "Delete drafts/night.mcred" }).ClickAsync();
            await Expect(files.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
            await Expect(Status(page)).ToHaveTextAsync("0 errors, 0 warnings, 0 suggestions in 2 files");

            await page.GetByLabel("Templates").SelectOptionAsync("analytics");
            await Button(page, "Use template").ClickAsync();
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 3 files"));
            session.AssertNoErrors();
        }

        [SkippableFact]
        public async Task A_5_MB_plan_opens_and_checks_and_one_over_the_limit_is_refused_by_name()
        {
            await using var session = await OpenStarter();
            var page = session.Page;
            using var files = new CliRun();
            var skill = "skill s{0} \"Skill {0}\" {{\n  category c\n  why \"Teams ask for this every week and a learner who has it answers them sooner\"\n  half-life 3y\n  reviewed 2026-11-01\n}}\n\n";
            var large = new System.Text.StringBuilder("category c \"C\" {\n  type technical\n}\n\n");
            for (var i = 0; large.Length < 5 * 1024 * 1024; i++)
            {
                large.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, skill, i));
            }

            files.Write("large.mcred", large.ToString());
            files.WriteBytes("huge.mcred", new byte[9 * 1024 * 1024]);
            var chooser = await page.RunAndWaitForFileChooserAsync(() => Button(page, "Open files").ClickAsync());
            await chooser.SetFilesAsync(new[] { Path.Combine(files.Folder, "large.mcred"), Path.Combine(files.Folder, "huge.mcred") });
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("huge.mcred is 9.0 MB, more than the 8 MB");
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 3 files"), new() { Timeout = 60_000 });
            session.AssertNoErrors();
        }

        [SkippableTheory]
        [InlineData("Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('storage is disabled', 'SecurityError'); } })")]
        [InlineData("IDBObjectStore.prototype.put = function () { throw new DOMException('the quota is used up', 'QuotaExceededError'); }")]
        public async Task Storage_that_is_disabled_or_full_is_said_once_and_the_page_keeps_working(string refusal)
        {
            await using var session = await Session.Start(site, Serve(), null);
            var page = session.Page;
            await page.AddInitScriptAsync(refusal);
            await page.GotoAsync(session.Url);
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 2 files"));
            await Type(page, "\ncredential evening \"Evening data\" {\n  skills sql-qurying\n}\n");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This browser would not keep the workspace");
            await Expect(Status(page)).ToHaveTextAsync(new Regex("^1 error"));
        }

        [SkippableFact]
        public async Task Edit_folder_in_place_writes_every_change_back_to_the_folders_file()
        {
            await using var session = await OpenStarter();
            var page = session.Page;

            // A headless browser has no folder picker to click through: the page is handed a folder of the origin-private
            // file system instead, a directory handle with the same API, holding two plans.
            await page.EvaluateAsync(@"async () => {
                const root = await navigator.storage.getDirectory();
                const plans = await root.getDirectoryHandle('plans', { create: true });
                const write = async (folder, name, text) => {
                    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
                    await writable.write(text);
                    await writable.close();
                };
                await write(plans, 'a.mcred', 'persona a ""A"" {\n  description ""A learner who studies in the evening after work""\n}\n');
                await write(await plans.getDirectoryHandle('nested', { create: true }), 'b.mcred', 'persona b ""B"" {\n  description ""A learner who studies at weekends between shifts""\n}\n');
                window.showDirectoryPicker = async () => plans;
            }");
            await Button(page, "Edit folder in place").ClickAsync();
            await Expect(Status(page)).ToHaveTextAsync(new Regex("in 2 files"));
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Files" }).GetByRole(AriaRole.Button, new() { Name = "nested/b.mcred", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Editing the folder plans in place");

            await Editor(page).ClickAsync();
            await page.Keyboard.PressAsync("Control+Home");
            await page.Keyboard.InsertTextAsync("# edited in place\n");
            await Expect(page.Locator("body[data-saved-locally]")).ToHaveCountAsync(1);
            var onDisk = await page.EvaluateAsync<string>("async () => await (await (await (await navigator.storage.getDirectory()).getDirectoryHandle('plans')).getFileHandle('a.mcred')).getFile().then(f => f.text())");
            Assert.StartsWith("# edited in place\npersona a", onDisk, StringComparison.Ordinal);
            session.AssertNoErrors();
        }

        [SkippableFact]
        public void The_published_site_is_within_its_size_budget_and_holds_everything_it_needs()
        {
            Skip.If(site.Missing != null, site.Missing);
            var line = Regex.Match(site.PublishOutput, @"mcred site: (\d+) bytes over the wire \(budget (\d+)\)");
            Assert.True(line.Success, site.PublishOutput);
            Assert.True(long.Parse(line.Groups[1].Value) <= 4L * 1024 * 1024, line.Value);
            foreach (var file in new[] { "index.html", "app.js", "worker.js", "sw.js", "style.css", "_framework/dotnet.js" })
            {
                Assert.True(File.Exists(Path.Combine(site.Root, file)), file);
            }

            Assert.Contains("Content-Security-Policy", File.ReadAllText(Path.Combine(site.Root, "index.html")), StringComparison.Ordinal);
        }

        private static ILocator Status(IPage page) => page.GetByRole(AriaRole.Status, new() { Name = "Check status" });

        private static ILocator Editor(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Plan editor" });

        private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

        private static string Count(JsonElement summary, string key, string word)
        {
            var n = summary.GetProperty(key).GetInt32();
            return n + " " + word + (n == 1 ? string.Empty : "s");
        }

        /// <summary>Types at the end of the open file, as a paste would (no auto-indent in between).</summary>
        private static async Task Type(IPage page, string text)
        {
            await Editor(page).ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.InsertTextAsync(text);
        }

        private static async Task Screenshot(IPage page)
        {
            var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(artifacts);
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "web.png") });
        }

        /// <summary>A page on the published site, its starter workspace checked.</summary>
        private async Task<Session> OpenStarter(bool bypassCsp = false)
        {
            var session = await Session.Start(site, Serve(), "", bypassCsp);
            await Expect(Status(session.Page)).ToHaveTextAsync(new Regex("in 2 files"));
            return session;
        }

        private StaticServer Serve()
        {
            Skip.If(site.Missing != null, site.Missing);
            return new StaticServer(site.Root);
        }

        /// <summary>One browser and page; console errors and failed requests are collected to be asserted on.</summary>
        private sealed class Session : IAsyncDisposable
        {
            private readonly IPlaywright playwright;
            private readonly IBrowser browser;
            private readonly List<string> errors = new List<string>();

            private Session(IPlaywright playwright, IBrowser browser, IPage page, StaticServer server)
            {
                Server = server;
                this.playwright = playwright;
                this.browser = browser;
                Page = page;
                page.Console += (_, message) =>
                {
                    if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.Ordinal))
                    {
                        errors.Add(message.Text);
                    }
                };
                page.PageError += (_, error) => errors.Add(error);
                page.Request += (_, request) =>
                {
                    var url = new Uri(request.Url);
                    if (url.Scheme is "http" or "https" && url.Host != "127.0.0.1")
                    {
                        errors.Add("a request to another origin: " + request.Url);
                    }
                };
            }

            public IPage Page { get; }

            /// <summary>The site's server; disposing it takes the site offline.</summary>
            public StaticServer Server { get; }

            /// <summary>The page's address with the tests' date.</summary>
            public string Url => Server.Url + "?today=" + Today;

            /// <param name="path">Where to go on the site ("" for the page with the tests' date), or null to stay on a blank page.</param>
            public static async Task<Session> Start(PublishedSite site, StaticServer server, string? path, bool bypassCsp = false)
            {
                var playwright = await Playwright.CreateAsync();
                var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = site.Browser, Headless = true, Args = new[] { "--no-sandbox" } });
                var context = await browser.NewContextAsync(new() { BypassCSP = bypassCsp, ViewportSize = new() { Width = 1280, Height = 900 } });
                var page = await context.NewPageAsync();
                var session = new Session(playwright, browser, page, server);
                if (path != null)
                {
                    await page.GotoAsync(session.Url + path);
                }

                return session;
            }

            public Task<IBrowserContext> NewContext() => browser.NewContextAsync();

            public void AssertNoErrors() => Assert.Empty(errors);

            public async ValueTask DisposeAsync()
            {
                await browser.CloseAsync();
                playwright.Dispose();
                Server.Dispose();
            }
        }
    }
}
