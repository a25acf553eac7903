using System;
using System.IO;
using System.Linq;
using Mcred.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>--rules loads a team's rules assembly; the rules obey configuration and suppressions.</summary>
    public class CustomRulesTests
    {
        private const string RuleSource = @"
using System.Linq;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Rules;

namespace Org.Rules
{
    public sealed class CredentialNeedsDescription : McredRule
    {
        public CredentialNeedsDescription() : base(""ORG042"", ""credential-needs-description"", McredSeverity.Warning, ""A credential without a description."") { }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials.Where(c => c.Description == null))
            {
                context.Report(credential, credential.Display + "" has no description"");
            }
        }
    }
}";

        internal const string Plan = "# mcred-disable-file MCR1002, MCR1003, MCR1004, MCR1010, MCR1011, MCR1012\ncredential bare {\n}\n";

        internal static string CompileRules(string folder) => CompileRules(folder, RuleSource, "OrgRules");

        private static string CompileRules(string folder, string source, string name)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Select(p => MetadataReference.CreateFromFile(p))
                .Append(MetadataReference.CreateFromFile(typeof(McredRule).Assembly.Location));
            var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var path = Path.Combine(folder, name + ".dll");
            var result = compilation.Emit(path);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return path;
        }

        [Fact]
        public void Check_runs_rules_from_an_assembly_given_on_the_command_line()
        {
            using var run = new CliRun().Write("plans/p.mcred", Plan);
            var dll = CompileRules(run.Folder);
            Assert.Equal(0, run.Run("check", "plans"));
            Assert.DoesNotContain("ORG042", run.Stdout);

            Assert.True(1 == run.Run("check", "plans", "--rules", dll, "--fail-on", "warning"), run.Stderr);
            Assert.Contains("plans/p.mcred(2,12): warning ORG042: credential 'bare' has no description", run.Stdout);

            run.Run("check", "plans", "--rules", dll, "--format", "sarif");
            Assert.Contains("\"id\": \"ORG042\"", run.Stdout);
        }

        [Fact]
        public void Custom_rules_obey_configuration_and_suppressions()
        {
            using var run = new CliRun()
                .Write(".editorconfig", "root = true\n[*.mcred]\nmcred_diagnostic.ORG042.severity = error\n")
                .Write("plans/p.mcred", Plan);
            var dll = CompileRules(run.Folder);
            Assert.Equal(1, run.Run("check", "plans", "--rules", dll));
            Assert.Contains("error ORG042", run.Stdout);

            run.Write("plans/p.mcred", Plan.Replace("MCR1012", "MCR1012, ORG042"));
            Assert.Equal(0, run.Run("check", "plans", "--rules", dll));
            Assert.DoesNotContain("ORG042", run.Stdout);
        }

        [Fact]
        public void Test_runs_fixtures_with_custom_rules()
        {
            using var run = new CliRun().Write("fx/a.mcred", Plan.Replace("credential bare {", "credential bare { # expect: ORG042"));
            var dll = CompileRules(run.Folder);
            Assert.Equal(0, run.Run("test", "fx", "--rules", dll));
            Assert.Equal(1, run.Run("test", "fx"));
        }

        /// <summary>A custom rule's bad report is exit 2 with one line naming the rule and its DLL, never a stack trace.</summary>
        [Theory]
        [InlineData("context.Report((McredLocation)null!, \"x\")", "reported a diagnostic without a location")]
        [InlineData("context.Report(new McredLocation(null!, default, default), \"x\")", "reported a diagnostic without a location")]
        [InlineData("context.Report(new McredLocation(\"/elsewhere.mcred\", default, default), \"x\")", "outside the workspace's files")]
        [InlineData("context.Report(model.Credentials[0], null!)", "reported a diagnostic without a message")]
        [InlineData("context.Report(model.Credentials[0], new McredLocation(model.Credentials[0].File.Path, new Microsoft.CodeAnalysis.Text.TextSpan(0, 999999), default), \"x\")", "outside the workspace's files")]
        public void A_custom_rule_that_reports_badly_is_one_line_naming_the_rule_and_its_dll(string report, string message)
        {
            using var run = new CliRun().Write("plans/p.mcred", Plan);
            var source = RuleSource.Replace("context.Report(credential, credential.Display + \" has no description\");", report + ";");
            var dll = CompileRules(run.Folder, source, "BadRules");
            Assert.Equal(2, run.Run("check", "plans", "--rules", dll));
            var line = Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.StartsWith("mcred: rule ORG042 (credential-needs-description) failed: it reported", line);
            Assert.Contains(message, line);
            Assert.EndsWith("(from BadRules.dll)", line);
        }

        [Theory]
        [InlineData("null!, \"n\", McredSeverity.Warning", "a rule needs an ID and a name")]
        [InlineData("\"ORG1\", \"n\", (McredSeverity)42", "unknown default severity")]
        public void A_custom_rule_with_bad_metadata_is_one_line_naming_it(string arguments, string message)
        {
            using var run = new CliRun().Write("plans/p.mcred", Plan);
            var source = RuleSource.Replace("base(\"ORG042\", \"credential-needs-description\", McredSeverity.Warning,", "base(" + arguments + ",");
            var dll = CompileRules(run.Folder, source, "BadMeta");
            Assert.Equal(2, run.Run("check", "plans", "--rules", dll));
            Assert.Contains("rule Org.Rules.CredentialNeedsDescription from", run.Stderr);
            Assert.Contains(message, run.Stderr);
            Assert.Single(run.Stderr.Trim().Split('\n'));
        }

        [Fact]
        public void A_missing_or_invalid_rules_assembly_is_exit_2()
        {
            using var run = new CliRun().Write("plans/p.mcred", Plan).Write("not-a.dll", "plain text");
            Assert.Equal(2, run.Run("check", "plans", "--rules", "missing.dll"));
            Assert.Contains("rules assembly not found: missing.dll", run.Stderr);
            Assert.Equal(2, run.Run("check", "plans", "--rules", "not-a.dll"));
            Assert.Contains("cannot load rules from not-a.dll", run.Stderr);
        }
    }
}
