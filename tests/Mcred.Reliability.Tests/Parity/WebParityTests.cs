using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Mcred.TestSupport;
using Mcred.Tooling.Web;
using Xunit;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>
    /// The browser edition's findings are <c>mcred check --format json</c>'s, byte for byte: the same files handed to
    /// the page's interop (in memory, as the page holds them) and checked on disk by the CLI, on the same date.
    /// </summary>
    public class WebParityTests
    {
        private static readonly string[] WorkspaceNames = { ".editorconfig", ".globalconfig", ".mcredignore" };
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public WebParityTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> CorpusFolders() => ShellParityTests.CorpusFolders();

        [Theory]
        [MemberData(nameof(CorpusFolders))]
        public void The_page_finds_what_mcred_check_finds_in_a_corpus_folder(string name)
        {
            var count = AssertSame(Path.Combine(AppContext.BaseDirectory, "corpus", name));
            _output.WriteLine($"{name}: {count} findings, the same document in the page and the CLI");
        }

        [Fact]
        public void The_page_finds_what_mcred_check_finds_in_seeded_random_workspaces_with_nested_configuration()
        {
            Check.One(Inputs.Replayable(40, _output), Prop.ForAll(RandomWorkspaces.Generate().ToArbitrary(), files =>
            {
                using var workspace = Folder.With(files);
                AssertSame(workspace.Path);
            }));
        }

        [Fact]
        public void An_edit_in_the_page_is_checked_as_the_CLI_checks_the_edited_file()
        {
            using var workspace = Folder.CopyOf(Path.Combine(AppContext.BaseDirectory, "corpus", "examples", "analytics"));
            var api = Opened(workspace.Path);
            var skills = Path.Combine(workspace.Path, "skills.mcred");
            var edited = File.ReadAllText(skills).Replace("category ", "categry ");
            Assert.Contains("\"ok\"", api.Put("skills.mcred", edited));
            File.WriteAllText(skills, edited);
            var findings = api.Findings();
            Assert.Equal(Cli(workspace.Path), findings);
            Assert.True(JsonDocument.Parse(findings).RootElement.GetProperty("summary").GetProperty("errors").GetInt32() > 0, findings);
        }

        /// <summary>Opens the folder in the page's interop as "Open folder" does: the workspace's kinds of file, relative paths.</summary>
        internal static WebApi Opened(string folder)
        {
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
                .Where(p => p.EndsWith(".mcred", StringComparison.Ordinal) || WorkspaceNames.Contains(Path.GetFileName(p)))
                .Select(p => new { path = p, text = File.ReadAllText(Path.Combine(folder, p)) })
                .ToList();
            var api = new WebApi(CliRun.Today);
            Assert.Contains("\"ok\"", api.Open(JsonSerializer.Serialize(new { files })));
            return api;
        }

        private static string Cli(string folder)
        {
            var run = new CliRun(folder);
            run.Run("check", ".", "--format", "json", "--fail-on", "none");
            return run.Stdout;
        }

        private static int AssertSame(string folder)
        {
            var cli = Cli(folder);
            Assert.Equal(cli, Opened(folder).Findings());
            return JsonDocument.Parse(cli).RootElement.GetProperty("diagnostics").GetArrayLength();
        }
    }
}
