using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// The release workflow (.github/workflows/release.yml) cannot run here (it runs on a tag, on GitHub): what can go
    /// stale under it is checked instead. Every project it packs exists and packs, the extension folder has the script
    /// it calls, and the secrets it needs are the ones the README tells the repository owner to add.
    /// </summary>
    public class ReleaseWorkflowTests
    {
        private static readonly string Root = DotnetProcess.RepositoryRoot();
        private static readonly string Workflow = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "release.yml"));

        [Fact]
        public void The_pages_workflow_publishes_the_site_the_README_builds_and_uploads_its_wwwroot()
        {
            var pages = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "pages.yml"));
            var publish = Regex.Match(pages, @"run: (dotnet publish src/Mcred.Web -c Release -o (\S+))");
            Assert.True(publish.Success, "pages.yml publishes src/Mcred.Web");
            Assert.Contains("path: " + publish.Groups[2].Value + "/wwwroot", pages, StringComparison.Ordinal);
            Assert.Contains(".nojekyll", pages, StringComparison.Ordinal);
            Assert.Contains("dotnet publish src/Mcred.Web -c Release -o", File.ReadAllText(Path.Combine(Root, "README.md")), StringComparison.Ordinal);
        }

        [Fact]
        public void It_runs_on_a_version_tag_and_tests_first()
        {
            Assert.Matches(@"on:\s+push:\s+tags: \['v\*'\]", Workflow);
            Assert.True(Workflow.IndexOf("bash .ci/run", StringComparison.Ordinal) < Workflow.IndexOf("dotnet pack", StringComparison.Ordinal), "the packages are built only after the tests pass");
        }

        [Fact]
        public void Every_project_it_packs_exists_and_is_a_package()
        {
            var packed = Regex.Matches(Workflow, @"dotnet pack (\S+)").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(new[] { "src/Mcred.Cli", "analyzers/Mcred.Analyzers", "src/Mcred.Testing" }, packed);
            foreach (var folder in packed)
            {
                var project = Path.Combine(Root, folder, Path.GetFileName(folder) + ".csproj");
                Assert.True(File.Exists(project), project);
                Assert.Matches("<PackageId>|<IsPackable>true|<PackAsTool>true", File.ReadAllText(project));
            }
        }

        [Fact]
        public void The_extension_step_calls_scripts_the_extension_has()
        {
            Assert.Contains("working-directory: src/vscode-mcred", Workflow, StringComparison.Ordinal);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "vscode-mcred", "package.json")));
            var scripts = manifest.RootElement.GetProperty("scripts");
            Assert.Contains("npm run package", Workflow, StringComparison.Ordinal);
            Assert.Contains("bundle-server", scripts.GetProperty("package").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Publishing_needs_the_secrets_the_readme_names_and_is_skipped_without_them()
        {
            var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
            foreach (var secret in Regex.Matches(Workflow, @"secrets\.(\w+)").Select(m => m.Groups[1].Value).Distinct())
            {
                Assert.Contains("`" + secret + "`", readme, StringComparison.Ordinal);
                Assert.Contains($"if: env.{secret} != ''", Workflow, StringComparison.Ordinal);
            }
        }
    }
}
