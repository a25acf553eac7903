using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mcred.Configuration;
using Mcred.Rules;
using Mcred.Workspace;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    /// <summary>
    /// Packs the analyzer into a temporary feed and builds a project outside the repository that references it by
    /// package ID and version, as a team would.
    /// </summary>
    [Collection("analyzer caches")]
    public sealed class PackageEndToEndTests : IDisposable
    {
        private const string CleanPlan = "issuer acme { value \"Projects graded by analysts\" }\npersona grad { description \"Recent graduate looking for a first analyst job\" }\nrecognizer hiring {\n  kind employer\n  outcome \"Interview\"\n  endorses analyst\n}\ncategory people { type soft }\ncategory data { type technical }\nskill talk {\n  category people\n  why \"Findings matter only once they are explained.\"\n}\nskill sql {\n  category data\n  why \"The data analysts need lives in tables.\"\n}\ncredential analyst {\n  issuer acme\n  for grad\n  skills talk, sql\n}\n";

        private readonly string _root = Path.Combine(Path.GetTempPath(), "mcred-e2e-" + Guid.NewGuid().ToString("N"));
        private readonly string _version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

        public void Dispose()
        {
            try
            {
                if (Environment.GetEnvironmentVariable("MCRED_KEEP_E2E") == null) Directory.Delete(_root, true);
            }
            catch (IOException)
            {
            }
        }

        [Fact]
        public void Packed_analyzer_fails_the_build_exactly_where_mcred_check_reports_an_error_and_passes_a_clean_plan()
        {
            var feed = Path.Combine(_root, "feed");
            var pack = DotnetProcess.Run(DotnetProcess.RepositoryRoot(), "pack", "analyzers/Mcred.Analyzers/Mcred.Analyzers.csproj", "-c", "Release", "-o", feed, "-p:Version=" + _version, "--nologo");
            Assert.True(pack.ExitCode == 0, pack.Output);
            AssertPackageLayout(Path.Combine(feed, $"Mcred.Analyzers.{_version}.nupkg"));

            var project = Path.Combine(_root, "consumer");
            Directory.CreateDirectory(project);
            DotnetProcess.WriteIsolatedNuGetConfig(_root, feed);
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><RestorePackagesPath>{Path.Combine(_root, "packages")}</RestorePackagesPath></PropertyGroup><ItemGroup><PackageReference Include=\"Mcred.Analyzers\" Version=\"{_version}\" PrivateAssets=\"all\" /></ItemGroup></Project>");
            File.WriteAllText(Path.Combine(project, "Class1.cs"), "namespace Consumer { public class Class1 { } }\n");
            File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.MCR1003.severity = error\n");

            // No soft skill: MCR1003 raised to error by the .globalconfig; MCR1016 on the unused soft skill stays a suggestion.
            File.WriteAllText(Path.Combine(project, "plan.mcred"), CleanPlan.Replace("skills talk, sql", "skills sql, sql"));
            var failing = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:ErrorLog=" + Path.Combine(project, "build.sarif") + "%2Cversion%3D2.1");
            Assert.NotEqual(0, failing.ExitCode);
            Assert.Matches(new Regex(@"plan\.mcred\(18,12\): error MCR1003: credential 'analyst' has no soft skill"), failing.Output);

            var expected = CheckLikeTheCli(project);
            Assert.Contains("MCR1003 error 18:12", expected);
            Assert.Equal(expected, FromSarif(Path.Combine(project, "build.sarif")));

            // With automatic inclusion off, the plan is no additional file, so the same errors do not reach the build.
            var optedOut = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:McredAutoInclude=false");
            Assert.True(optedOut.ExitCode == 0, optedOut.Output);
            Assert.DoesNotContain("MCR1003", optedOut.Output);

            File.WriteAllText(Path.Combine(project, "plan.mcred"), CleanPlan);
            var passing = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            Assert.True(passing.ExitCode == 0, passing.Output);
            Assert.DoesNotContain("MCR", passing.Output);

            // A file that is not valid UTF-8: one error on it, as the CLI refuses it; the clean plan stays clean.
            File.WriteAllBytes(Path.Combine(project, "bad.mcred"), new byte[] { (byte)'s', 0xFF, 0xFE, (byte)'\n' });
            var undecodable = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            Assert.NotEqual(0, undecodable.ExitCode);
            Assert.True(new Regex(@"bad\.mcred\(1,1\): error MCR0001: not valid UTF-8: save the file as UTF-8").IsMatch(undecodable.Output), undecodable.Output);
            Assert.DoesNotContain("plan.mcred(", undecodable.Output);

            // McredExclude leaves files out of the analysis, as --exclude does for the CLI.
            var excluded = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:McredExclude=bad.mcred");
            Assert.True(excluded.ExitCode == 0, excluded.Output);
            Assert.DoesNotContain("MCR0001", excluded.Output);

            // A folder that holds only .mcred files and its own .editorconfig: the build applies that file's options
            // exactly as mcred check does (the SDK alone looks for .editorconfig files above C# sources only).
            File.Delete(Path.Combine(project, "bad.mcred"));
            Directory.CreateDirectory(Path.Combine(project, "more"));
            File.WriteAllText(Path.Combine(project, "more", ".editorconfig"), "[*.mcred]\nmcred_min_skills_per_credential = 3\n");
            File.WriteAllText(Path.Combine(project, "more", "extra.mcred"), "credential second {\n  issuer acme\n  for grad\n  skills talk, sql\n}\n");
            var nested = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:ErrorLog=" + Path.Combine(project, "nested.sarif") + "%2Cversion%3D2.1");
            Assert.True(nested.ExitCode == 0, nested.Output);
            var cli = CheckLikeTheCli(project);
            Assert.Contains("MCR1002 warning 1:12", cli);
            Assert.Equal(cli, FromSarif(Path.Combine(project, "nested.sarif")));

            // Bad option values in an .editorconfig and in the .globalconfig: the build names the file, line and key,
            // exactly as mcred check does (the package passes the config files to the analyzer too).
            File.AppendAllText(Path.Combine(project, "more", ".editorconfig"), "mcred_why_min_words = ten\n");
            File.AppendAllText(Path.Combine(project, ".globalconfig"), "mcred_persona_min_words = 0\n");
            var badValues = DotnetProcess.Run(project, "build", "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:ErrorLog=" + Path.Combine(project, "config.sarif") + "%2Cversion%3D2.1");
            Assert.Matches(new Regex(@"more[/\\]\.editorconfig\(3,1\): error MCR0007: 'mcred_why_min_words' in "), badValues.Output);
            Assert.Matches(new Regex(@"\.globalconfig\(3,1\): error MCR0007: 'mcred_persona_min_words' in "), badValues.Output);
            var withBadValues = CheckLikeTheCli(project);
            Assert.Equal(2, withBadValues.Count(s => s.StartsWith("MCR0007 ", StringComparison.Ordinal)));
            Assert.Equal(withBadValues, FromSarif(Path.Combine(project, "config.sarif")));
        }

        private static void AssertPackageLayout(string nupkg)
        {
            using var zip = ZipFile.OpenRead(nupkg);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("analyzers/dotnet/cs/Mcred.Analyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Mcred.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Sprache.dll", entries);
            Assert.Contains("build/Mcred.Analyzers.props", entries);
            Assert.Contains("build/Mcred.Analyzers.targets", entries);
            Assert.Contains("buildTransitive/Mcred.Analyzers.targets", entries);
            Assert.Contains("buildTransitive/Mcred.Analyzers.props", entries);
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
            var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open()).ReadToEnd();
            Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        }

        /// <summary>What mcred check reports for the project folder, with the project's .globalconfig: "ID severity line:column".</summary>
        private static string[] CheckLikeTheCli(string project)
        {
            var files = Directory.GetFiles(project, "*.mcred", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)).ToArray();
            var configuration = ConfigurationLoader.Load(Mcred.Workspace.DiskFileSystem.Instance, files, new[] { project }, RuleRegistry.Default, DateTime.Today);
            return McredChecker.Check(files.Select(f => new McredSource(f, File.ReadAllText(f))), configuration)
                .Diagnostics.Where(d => d.Severity >= Mcred.Diagnostics.McredSeverity.Suggestion)
                .Select(d => $"{d.Id} {SarifLevel(d.Severity)} {d.Location.Line}:{d.Location.Column}")
                .OrderBy(s => s, StringComparer.Ordinal).ToArray();
        }

        private static string SarifLevel(Mcred.Diagnostics.McredSeverity severity) =>
            severity == Mcred.Diagnostics.McredSeverity.Error ? "error" : severity == Mcred.Diagnostics.McredSeverity.Warning ? "warning" : "note";

        private static string[] FromSarif(string path)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("MCR", StringComparison.Ordinal))
                .Select(r =>
                {
                    var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                    var level = r.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                    return $"{r.GetProperty("ruleId").GetString()} {level} {region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()}";
                })
                .OrderBy(s => s, StringComparer.Ordinal).ToArray();
        }
    }
}
