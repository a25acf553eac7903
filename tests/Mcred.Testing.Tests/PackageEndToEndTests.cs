using System;
using System.IO;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Testing.Tests
{
    /// <summary>
    /// A plain xunit project outside the repository references the packed Mcred.Testing package and holds nothing but
    /// the one-line fixture theory: each fixture is a test, right ones pass, a wrong one fails naming the difference.
    /// </summary>
    public sealed class PackageEndToEndTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "mcred-harness-e2e-" + Guid.NewGuid().ToString("N"));

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
        public void Packed_harness_runs_one_test_per_fixture()
        {
            var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            var feed = Path.Combine(_root, "feed");
            var pack = DotnetProcess.Run(DotnetProcess.RepositoryRoot(), "pack", "src/Mcred.Testing/Mcred.Testing.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
            Assert.True(pack.ExitCode == 0, pack.Output);

            var project = Path.Combine(_root, "PlanTests");
            Directory.CreateDirectory(Path.Combine(project, "fixtures", "more"));
            DotnetProcess.WriteIsolatedNuGetConfig(_root, feed);
            File.WriteAllText(Path.Combine(project, "PlanTests.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsPackable>false</IsPackable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""Microsoft.NET.Test.Sdk"" Version=""18.0.1"" />
    <PackageReference Include=""xunit"" Version=""2.9.3"" />
    <PackageReference Include=""xunit.runner.visualstudio"" Version=""3.1.5"" />
    <PackageReference Include=""Mcred.Testing"" Version=""{version}"" />
  </ItemGroup>
  <ItemGroup><None Include=""fixtures\**\*.mcred"" CopyToOutputDirectory=""PreserveNewest"" /></ItemGroup>
</Project>");
            File.WriteAllText(Path.Combine(project, "FixtureTests.cs"), @"using Mcred.Testing;
using Xunit;

public class FixtureTests
{
    [Theory, McredFixtures(""fixtures"")]
    public void Fixture(McredFixture fixture) => McredAssert.MatchesExpectations(fixture);
}
");
            File.WriteAllText(Path.Combine(project, "fixtures", "untyped.mcred"), "category c { # expect: MCR1014, MCR1015\n}\n");
            File.WriteAllText(Path.Combine(project, "fixtures", "more", "lonely.mcred"), "skill s { # expect: MCR1001, MCR1006, MCR1016\n}\n");
            File.WriteAllText(Path.Combine(project, "fixtures", "wrong.mcred"), "skill s { # expect: MCR1001, MCR1005\n}\n");

            var test = DotnetProcess.Run(project, "test", "--nologo", "-nodeReuse:false");
            Assert.NotEqual(0, test.ExitCode);
            Assert.True(test.Output.Contains("Failed:     1, Passed:     2, Skipped:     0, Total:     3"), test.Output);
            Assert.Contains("wrong.mcred: the diagnostics differ", test.Output);
            // The failure names the source file the team edits, not its copy under bin/.
            var source = Path.Combine(project, "fixtures", "wrong.mcred");
            Assert.Contains($"missing    {source}(1): MCR1005", test.Output);
            Assert.Contains($"unexpected {source}(1,7): warning MCR1006", test.Output);
            Assert.Contains($"unexpected {source}(1,7): suggestion MCR1016", test.Output);
        }
    }
}
