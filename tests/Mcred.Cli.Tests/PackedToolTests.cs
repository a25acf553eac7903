using System;
using System.IO;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>The tool works installed from its package, not only through dotnet run: the docs and seeds travel inside it.</summary>
    public sealed class PackedToolTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "mcred-tool-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, true);
            }
            catch (IOException)
            {
            }
        }

        [Fact]
        public void Packed_tool_installs_and_runs_every_command_that_needs_bundled_content()
        {
            var feed = Path.Combine(_root, "feed");
            var tools = Path.Combine(_root, "tools");
            var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            var pack = DotnetProcess.Run(DotnetProcess.RepositoryRoot(), "pack", "src/Mcred.Cli/Mcred.Cli.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
            Assert.True(pack.ExitCode == 0, pack.Output);
            DotnetProcess.WriteIsolatedNuGetConfig(_root, feed);
            var install = DotnetProcess.Run(_root, "tool", "install", "Mcred.Cli", "--version", version, "--tool-path", tools);
            Assert.True(install.ExitCode == 0, install.Output);
            Assert.False(Directory.Exists(Path.Combine(DotnetProcess.UserPackagesFolder(), "mcred.cli", version)), "the test package leaked into the global NuGet cache");
            Assert.False(Directory.Exists(Path.Combine(DotnetProcess.UserPackagesFolder(), "mcred.cli.linux-x64", version)), "the test package leaked into the global NuGet cache");

            // On linux-x64 the tool installs its ReadyToRun package: the core starts precompiled, not at tier 0.
            if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
            {
                var core = Directory.GetFiles(Path.Combine(tools, ".store"), "Mcred.dll", SearchOption.AllDirectories);
                Assert.NotEmpty(core);
                Assert.All(core, path => Assert.True(IsReadyToRun(path), path + " has no ReadyToRun code"));
            }

            var mcred = Path.Combine(tools, OperatingSystem.IsWindows() ? "mcred.exe" : "mcred");
            Assert.StartsWith(version, Tool(mcred, "--version").Output.Trim());
            var explain = Tool(mcred, "explain", "MCR1003");
            Assert.Equal(0, explain.ExitCode);
            Assert.StartsWith("# MCR1003: missing-soft-skill", explain.Output);
            Assert.Equal(0, Tool(mcred, "new", "plans").ExitCode);
            var check = Tool(mcred, "check", "plans", "--fail-on", "warning");
            Assert.True(check.ExitCode == 0, check.Output);
            Assert.Contains("0 errors, 0 warnings", check.Output);

            // The commands whose libraries travel in the package (System.Text.Json, Sep, globbing, StreamJsonRpc).
            var report = Tool(mcred, "report", "plans", "--output", "plan.html");
            Assert.True(report.ExitCode == 0, report.Output);
            var ctdl = Tool(mcred, "export", "ctdl", "plans", "--output", "plan.ctdl.json", "--exclude", "nothing/**");
            Assert.True(ctdl.ExitCode == 0, ctdl.Output);
            Assert.Equal(0, Tool(mcred, "coverage", "plans").ExitCode);
            var lsp = Tool(mcred, "lsp");
            Assert.Equal(1, lsp.ExitCode);
            Assert.Equal(string.Empty, lsp.Output);
        }

        private static bool IsReadyToRun(string path)
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        }

        private (int ExitCode, string Output) Tool(string mcred, params string[] args)
        {
            // Standard input is redirected and closed at once: the language server must then exit, not wait.
            var start = new System.Diagnostics.ProcessStartInfo(mcred) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(start)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
    }
}
