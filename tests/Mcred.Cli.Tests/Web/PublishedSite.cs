using System;
using System.IO;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests.Web
{
    /// <summary>
    /// The browser edition as users get it: <c>dotnet publish src/Mcred.Web -c Release -o DIR</c>, once for every test,
    /// served from DIR/wwwroot. Without Node (the front end's build) or Chromium the tests skip with the reason.
    /// </summary>
    public sealed class PublishedSite : IDisposable
    {
        private static readonly string[] Browsers = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        private readonly string folder = Path.Combine(Path.GetTempPath(), "mcred-web-" + Guid.NewGuid().ToString("N"));

        public PublishedSite()
        {
            Browser = Array.Find(Browsers, File.Exists);
            if (Browser == null)
            {
                Missing = "no Chromium installed (apt-get install chromium; .ci/run does)";
                return;
            }

            if (SearchPath.Find("npm") == null || SearchPath.Find("node") == null)
            {
                Missing = "no Node.js and npm to build the page's front end (.ci/run installs them)";
                return;
            }

            // Its own build outputs (--artifacts-path): other tests pack the same projects in Release at the same time.
            var (code, output) = DotnetProcess.Run(DotnetProcess.RepositoryRoot(), "publish", "src/Mcred.Web", "-c", "Release", "-o", folder, "--artifacts-path", Path.Combine(folder, "build"));
            if (code != 0)
            {
                throw new InvalidOperationException("dotnet publish src/Mcred.Web failed:\n" + output);
            }

            Root = Path.Combine(folder, "wwwroot");
            PublishOutput = output;
        }

        /// <summary>What dotnet publish printed (its size-budget line among it).</summary>
        public string PublishOutput { get; } = string.Empty;

        public string? Browser { get; }

        /// <summary>Why the page cannot be tested here, or null.</summary>
        public string? Missing { get; }

        public string Root { get; } = string.Empty;

        public void Dispose()
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [CollectionDefinition("published site")]
    public sealed class PublishedSiteCollection : ICollectionFixture<PublishedSite>
    {
    }
}
