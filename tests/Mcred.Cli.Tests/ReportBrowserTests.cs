using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Mcred.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// The report in a real browser: headless Chromium (the Debian package, which .ci/run installs) driven by
    /// Playwright. Playwright's own browser download cannot work on these machines, so the test points it at the
    /// system's browser and skips, saying so, where there is none.
    /// </summary>
    public class ReportBrowserTests
    {
        private static readonly string[] Browsers = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };

        [SkippableFact]
        public async Task The_examples_report_renders_offline_without_errors_and_shows_hostile_text_as_text()
        {
            var browserPath = Array.Find(Browsers, File.Exists);
            Skip.If(browserPath == null, "no Chromium installed (apt-get install chromium; .ci/run does)");

            using var run = new CliRun();
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.mcred", SearchOption.AllDirectories))
            {
                run.Write(Path.Combine("plans", Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "examples"), file)), File.ReadAllText(file));
            }

            run.Write("plans/hostile.mcred", "persona mallory \"" + ReportTests.Hostile + "\" {\n  description \"Tries to inject markup into every report that includes this plan\"\n}\n");
            Assert.Equal(0, run.Run("report", "plans", "--output", "plan.html"));
            var page = Path.Combine(run.Folder, "plan.html");

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = browserPath, Headless = true, Args = new[] { "--no-sandbox" } });
            var tab = await browser.NewPageAsync();
            var errors = new List<string>();
            var requests = new List<string>();
            tab.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            tab.PageError += (_, error) => errors.Add(error);
            tab.Dialog += (_, dialog) => errors.Add("a dialog opened: " + dialog.Message);
            tab.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    requests.Add(request.Url);
                }
            };

            await tab.GotoAsync(new Uri(page).AbsoluteUri);
            Assert.Empty(errors);
            Assert.Empty(requests);

            var check = Mcred.Workspace.McredChecker.CheckDisk(new[] { "plans" }, run.Folder, CliRun.Today);
            foreach (var credential in check.Model.Credentials)
            {
                Assert.True(await tab.Locator("#credential-" + credential.Id).IsVisibleAsync(), credential.Id);
            }

            foreach (var pathway in check.Model.Pathways)
            {
                Assert.True(await tab.Locator("#pathway-" + pathway.Id).IsVisibleAsync(), pathway.Id);
            }

            Assert.Equal(ReportTests.Hostile, await tab.Locator("#persona-mallory h3").InnerTextAsync());
            Assert.Equal(0, await tab.Locator("img").CountAsync());

            // Kept as a test artifact (and the source of the screenshot in docs/report.md).
            var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(artifacts);
            await tab.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report.png"), FullPage = true });
            Assert.True(new FileInfo(Path.Combine(artifacts, "report.png")).Length > 10_000);
        }
    }
}
