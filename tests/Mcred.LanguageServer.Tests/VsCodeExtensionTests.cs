using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// The VS Code extension in src/vscode-mcred: its TextMate grammar tokenized by the engine VS Code uses, its
    /// TypeScript compiled with --strict, its .vsix packed. These need Node and the extension's npm packages
    /// (<c>npm ci</c> in src/vscode-mcred, which .ci/run does) and skip with that reason without them. VS Code itself
    /// cannot be downloaded here, so the extension is not run inside an editor (docs/editors.md).
    /// </summary>
    public class VsCodeExtensionTests
    {
        private static readonly string Extension = Path.Combine(DotnetProcess.RepositoryRoot(), "src", "vscode-mcred");

        private static void SkipWithoutNode()
        {
            Skip.IfNot(Directory.Exists(Path.Combine(Extension, "node_modules")), "the extension's npm packages are not installed (run 'npm ci' in src/vscode-mcred)");
            Skip.IfNot(SearchPath.Has("node") && SearchPath.Has("npm"), "Node.js is not installed");
        }

        private static (int Code, string Output) Npm(params string[] args) => Run("npm", new System.Collections.Generic.Dictionary<string, string>(), args);

        [SkippableFact]
        public void The_grammar_gives_every_token_of_the_fixture_its_scope()
        {
            SkipWithoutNode();
            var (code, output) = Npm("test");
            Assert.True(code == 0, output);
            Assert.Matches(@"\n[1-9][0-9]* passed, 0 failed", output);
        }

        [SkippableFact]
        public void The_client_compiles_with_strict_type_checks_and_packs_into_a_vsix_that_carries_a_server_which_answers()
        {
            SkipWithoutNode();
            var (code, output) = Npm("run", "package");
            Assert.True(code == 0, output);
            var vsix = Path.Combine(Extension, "mcred.vsix");
            var unpacked = Path.Combine(Path.GetTempPath(), "mcred-vsix-" + Guid.NewGuid().ToString("N"));
            try
            {
                using (var archive = System.IO.Compression.ZipFile.OpenRead(vsix))
                {
                    var names = archive.Entries.Select(e => e.FullName).ToList();
                    Assert.Contains("extension/out/extension.js", names);
                    Assert.Contains("extension/out/serverResolution.js", names);
                    Assert.Contains("extension/syntaxes/mcred.tmLanguage.json", names);
                    Assert.Contains("extension/snippets/mcred.json", names);
                    Assert.Contains(names, n => n.StartsWith("extension/node_modules/vscode-languageclient/", StringComparison.Ordinal));
                    // The framework-dependent language server, with the core and the server it runs.
                    foreach (var file in new[] { "Mcred.Cli.dll", "Mcred.Cli.runtimeconfig.json", "Mcred.Cli.deps.json", "Mcred.dll", "Mcred.Tooling.dll", "Mcred.LanguageServer.dll" })
                    {
                        Assert.Contains("extension/server/" + file, names);
                    }

                    Assert.DoesNotContain(names, n => n.EndsWith(".pdb", StringComparison.Ordinal));
                    System.IO.Compression.ZipFileExtensions.ExtractToDirectory(archive, unpacked);
                }

                // Started as the extension starts it (no setting: the bundled server on the runtime found on PATH).
                var (started, said) = Node("test/bundled-server.js", Path.Combine(unpacked, "extension"));
                Assert.True(started == 0, said);
                Assert.Contains("initialize answered by dotnet " + Path.Combine(unpacked, "extension", "server", "Mcred.Cli.dll") + " lsp", said, StringComparison.Ordinal);

                // No .NET on PATH (and no .NET Install Tool outside VS Code): one message saying what to install, exit 1.
                var noDotnet = Path.Combine(unpacked, "path-without-dotnet");
                Directory.CreateDirectory(noDotnet);
                var (refused, told) = Node(new System.Collections.Generic.Dictionary<string, string> { ["PATH"] = noDotnet }, "test/bundled-server.js", Path.Combine(unpacked, "extension"));
                Assert.True(refused == 1, told);
                Assert.Contains("the bundled language server needs the .NET 10 runtime", told, StringComparison.Ordinal);
                Assert.Contains("https://dot.net", told, StringComparison.Ordinal);
            }
            finally
            {
                if (Directory.Exists(unpacked))
                {
                    Directory.Delete(unpacked, true);
                }
            }
        }

        [SkippableFact]
        public void Server_resolution_passes_its_node_tests()
        {
            SkipWithoutNode();
            var (code, output) = Npm("run", "test:server");
            Assert.True(code == 0, output);
            Assert.Matches(@"\n# pass [1-9][0-9]*\n", output);
            Assert.Contains("\n# fail 0\n", output, StringComparison.Ordinal);
        }

        private static (int Code, string Output) Node(params string[] args) => Node(new System.Collections.Generic.Dictionary<string, string>(), args);

        private static (int Code, string Output) Node(System.Collections.Generic.Dictionary<string, string> environment, params string[] args)
        {
            // Node by its full path, so a test can hand the script a PATH without dotnet on it.
            return Run(SearchPath.Find("node") ?? "node", environment, args);
        }

        private static (int Code, string Output) Run(string program, System.Collections.Generic.Dictionary<string, string> environment, string[] args)
        {
            var info = new ProcessStartInfo(program) { WorkingDirectory = Extension, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var pair in environment)
            {
                info.Environment[pair.Key] = pair.Value;
            }

            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }

        [Fact]
        public void The_extensions_snippets_are_the_servers_declaration_completions()
        {
            using var snippets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Extension, "snippets", "mcred.json")));
            var fromExtension = snippets.RootElement.EnumerateObject()
                .ToDictionary(p => p.Name, p => string.Join("\n", p.Value.GetProperty("body").EnumerateArray().Select(l => l.GetString())) + "\n");
            var fromServer = Mcred.Tooling.Language.CompletionService.DeclarationSnippetTexts();
            Assert.Equal(fromServer.Keys.OrderBy(k => k), fromExtension.Keys.OrderBy(k => k));
            foreach (var pair in fromServer)
            {
                Assert.Equal(pair.Value, fromExtension[pair.Key]);
            }
        }

        [Fact]
        public void The_extension_declares_the_language_grammar_and_server_setting()
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")));
            var contributes = manifest.RootElement.GetProperty("contributes");
            Assert.Equal(".mcred", contributes.GetProperty("languages")[0].GetProperty("extensions")[0].GetString());
            Assert.Equal("source.mcred", contributes.GetProperty("grammars")[0].GetProperty("scopeName").GetString());
            // Empty by default: the bundled server; the .NET Install Tool provides a runtime where none is found.
            Assert.Equal(string.Empty, contributes.GetProperty("configuration").GetProperty("properties").GetProperty("mcred.server.path").GetProperty("default").GetString());
            Assert.Equal(new[] { "ms-dotnettools.vscode-dotnet-runtime" }, manifest.RootElement.GetProperty("extensionDependencies").EnumerateArray().Select(e => e.GetString()));
            Assert.True(File.Exists(Path.Combine(Extension, "package-lock.json")), "the lockfile is committed so CI installs with npm ci");
        }
    }
}
