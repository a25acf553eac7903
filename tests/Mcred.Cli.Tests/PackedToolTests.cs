using System;
using System.IO;
using System.Linq;
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

        [SkippableFact]
        public void Packed_tool_installs_and_runs_every_command_that_needs_bundled_content()
        {
            // The linux-x64 package is compiled ahead of time, which links with the system's C toolchain.
            var linuxX64 = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";
            Skip.If(linuxX64 && !SearchPath.Has("clang") && !SearchPath.Has("gcc"), "packing the native linux-x64 tool needs clang or gcc (apt-get install clang; .ci/run's machine has gcc)");
            // The README's two install lines, as written: the pack from the clone, the install from a folder beside the
            // packed ./artifacts. Only the pack's output folder moves into the test's folder, and --global lands in a
            // home of the test's own (DOTNET_CLI_HOME), with a package cache of its own, so nothing touches the user's.
            var (packLine, installLine) = ReadmeInstallLines();
            var home = Path.Combine(_root, "home");
            Directory.CreateDirectory(home);
            var pack = Shell(DotnetProcess.RepositoryRoot(), packLine.Replace(" ./artifacts", " " + Path.Combine(_root, "artifacts"), StringComparison.Ordinal));
            Assert.True(pack.ExitCode == 0, pack.Output);
            var install = Shell(_root, installLine, home, packages: Path.Combine(_root, "packages"));
            Assert.True(install.ExitCode == 0, install.Output);
            var tools = Path.Combine(home, ".dotnet", "tools");
            var version = typeof(Mcred.Cli.Invocation).Assembly.GetName().Version!.ToString(3);

            // On linux-x64 the tool installs its native (AOT) package: the command is a native executable with no managed
            // entry assembly beside it, and the JIT build it hands custom rules and lsp to is precompiled (ReadyToRun).
            if (linuxX64)
            {
                var native = new FileInfo(Path.Combine(tools, "mcred")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(tools, "mcred");
                var folder = Path.GetDirectoryName(native)!;
                Assert.False(File.Exists(Path.Combine(folder, "Mcred.Cli.dll")), "the linux-x64 tool is not the native build: " + folder);
                Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, File.ReadAllBytes(native)[..4]);
                var core = Path.Combine(folder, "jit", "Mcred.dll");
                Assert.True(IsReadyToRun(core), core + " has no ReadyToRun code");
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
            // What the native build hands to the JIT build: a team's rules, and the language server.
            Directory.CreateDirectory(Path.Combine(_root, "org"));
            File.WriteAllText(Path.Combine(_root, "org", "p.mcred"), CustomRulesTests.Plan);
            var rules = CustomRulesTests.CompileRules(_root);
            var custom = Tool(mcred, "check", "org", "--rules", rules, "--format", "json");
            Assert.True(custom.ExitCode == 0, custom.Output);
            Assert.Contains("\"ORG042\"", custom.Output);
            var lsp = Tool(mcred, "lsp");
            Assert.Equal(1, lsp.ExitCode);
            Assert.Equal(string.Empty, lsp.Output);
            if (linuxX64)
            {
                StoppingTheNativeServerStopsTheJitBuildItHandedOffTo(mcred);
            }

            TheInstalledToolReportsWhatTheInProcessBuildReports(mcred);
        }

        /// <summary>The two lines of the README's install-from-source block (after its marker comment).</summary>
        internal static (string Pack, string Install) ReadmeInstallLines()
        {
            var readme = File.ReadAllText(Path.Combine(DotnetProcess.RepositoryRoot(), "README.md"));
            var marker = readme.IndexOf("<!-- install-from-source", StringComparison.Ordinal);
            Assert.True(marker >= 0, "README.md has no install-from-source block");
            var block = readme.Substring(readme.IndexOf("```sh\n", marker, StringComparison.Ordinal) + 6);
            var lines = block.Substring(0, block.IndexOf("```", StringComparison.Ordinal)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("dotnet pack ", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("dotnet tool install ", lines[1], StringComparison.Ordinal);
            return (lines[0], lines[1]);
        }

        /// <summary>
        /// One README line through the shell, as a user types it, with the test's own dotnet home and, for the install,
        /// a package cache of its own: the packed 0.1.0 must never land in (or come from) the user's cache.
        /// </summary>
        private static (int ExitCode, string Output) Shell(string folder, string line, string? home = null, string? packages = null)
        {
            var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(line);
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            if (home != null)
            {
                start.Environment["DOTNET_CLI_HOME"] = home;
            }

            if (packages != null)
            {
                start.Environment["NUGET_PACKAGES"] = packages;
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = System.Diagnostics.Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(10)), line + " did not finish in 10 minutes");
            return (process.ExitCode, stdout + stderr.Result);
        }

        // The native build is the same program as the one the other tests run in-process: on plans with findings of
        // every stage (syntax, binding, rules, expiry), its reports and exports are byte for byte the same.
        private void TheInstalledToolReportsWhatTheInProcessBuildReports(string mcred)
        {
            var run = new CliRun(Path.Combine(_root, "mixed"));
            var examples = Path.Combine(AppContext.BaseDirectory, "examples");
            foreach (var file in Directory.GetFiles(examples, "*.mcred", SearchOption.AllDirectories))
            {
                run.Write(Path.GetRelativePath(examples, file), File.ReadAllText(file));
            }

            run.Write("broken.mcred", "skill lonely \"Lonely\" {\n  why \"Nobody uses me.\"\n  types soft\n  half-life 2y\n}\n\ncredential c {\n  skills lonely, missing\n  issuer\n}\n");
            run.Write(".editorconfig", "root = true\n\n[*.mcred]\nmcred_today = 2030-01-01\n");
            Assert.Equal(1, run.Run("check", "."));
            Assert.Contains("error MCR0001", run.Stdout);
            Assert.Contains("warning MCR1001", run.Stdout);
            Assert.Contains("biology-teacher", run.Stdout);
            foreach (var args in new[] { new[] { "check", "." }, new[] { "check", ".", "--format", "json" }, new[] { "check", ".", "--format", "github" }, new[] { "coverage", "." } })
            {
                var code = run.Run(args);
                var installed = ToolIn(run.Folder, mcred, args);
                Assert.Equal(code, installed.ExitCode);
                Assert.Equal(run.Stdout + run.Stderr, installed.Output);
            }

            // (The framework is named after the output file, so both write a file of the same name.)
            Directory.CreateDirectory(Path.Combine(run.Folder, "jit"));
            Directory.CreateDirectory(Path.Combine(run.Folder, "native"));
            Assert.Equal(0, run.Run("export", "ctdl", "analytics", "--output", "jit/plan.ctdl.json"));
            Assert.Equal(0, ToolIn(run.Folder, mcred, "export", "ctdl", "analytics", "--output", "native/plan.ctdl.json").ExitCode);
            Assert.Equal(run.Read("jit/plan.ctdl.json"), run.Read("native/plan.ctdl.json"));
        }

        // An editor stops a server by signalling the process it started: the server that process handed off to must
        // not be left running.
        private void StoppingTheNativeServerStopsTheJitBuildItHandedOffTo(string mcred)
        {
            var start = new System.Diagnostics.ProcessStartInfo(mcred, "lsp") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = true };
            using var native = System.Diagnostics.Process.Start(start)!;
            try
            {
                var initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}";
                native.StandardInput.Write($"Content-Length: {initialize.Length}\r\n\r\n{initialize}");
                native.StandardInput.Flush();
                Assert.StartsWith("Content-Length:", native.StandardOutput.ReadLine());
                var server = Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsDigit)).Select(int.Parse)
                    .Single(pid => ParentOf(pid) == native.Id);

                using (var kill = System.Diagnostics.Process.Start("kill", new[] { "-TERM", native.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
                {
                    kill.WaitForExit();
                }

                Assert.True(native.WaitForExit(30_000), "mcred lsp did not end after SIGTERM");
                Assert.False(IsRunning(server), "the handed-off language server outlived the mcred process that started it");
            }
            finally
            {
                if (!native.HasExited)
                {
                    native.Kill(entireProcessTree: true);
                }
            }
        }

        private static bool IsRunning(int pid)
        {
            try
            {
                return !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
        }

        private static int ParentOf(int pid)
        {
            try
            {
                // /proc/PID/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its last ')'.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        }

        private static bool IsReadyToRun(string path)
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        }

        private (int ExitCode, string Output) Tool(string mcred, params string[] args) => ToolIn(_root, mcred, args);

        private static (int ExitCode, string Output) ToolIn(string folder, string mcred, params string[] args)
        {
            // Standard input is redirected and closed at once: the language server must then exit, not wait.
            var start = new System.Diagnostics.ProcessStartInfo(mcred) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
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
