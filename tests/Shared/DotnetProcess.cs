using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Mcred.TestSupport
{
    /// <summary>Runs the dotnet CLI as a user would, without the MSBuild variables of the test host leaking in.</summary>
    internal static class DotnetProcess
    {
        public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 5 minutes");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }

        /// <summary>
        /// A nuget.config for an outside project in <paramref name="root"/>: the freshly packed <paramref name="feed"/> plus
        /// nuget.org, and a packages folder of its own under <paramref name="root"/>, so the test's packages never land in the
        /// user's global NuGet cache. That cache is only read, as a fallback folder, so nothing else is downloaded again.
        /// </summary>
        public static void WriteIsolatedNuGetConfig(string root, string feed)
        {
            var global = UserPackagesFolder();
            File.WriteAllText(Path.Combine(root, "nuget.config"), $@"<configuration>
  <config><add key=""globalPackagesFolder"" value=""{Path.Combine(root, "packages")}"" /></config>
  <fallbackPackageFolders><add key=""user"" value=""{global}"" /></fallbackPackageFolders>
  <packageSources><clear /><add key=""local"" value=""{feed}"" /><add key=""nuget"" value=""https://api.nuget.org/v3/index.json"" /></packageSources>
</configuration>");
        }

        /// <summary>The user's global NuGet packages folder.</summary>
        public static string UserPackagesFolder()
        {
            var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrEmpty(global)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : global;
        }

        /// <summary>The repository root (where RulesDsl.sln is), found from the test's output folder.</summary>
        public static string RepositoryRoot()
        {
            for (var dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "RulesDsl.sln")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException("RulesDsl.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
