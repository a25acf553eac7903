using System.CommandLine;
using Mcred.Cli.Input;
using Mcred.Workspace;
using Mcred.Fixtures;
using Mcred.Rules;
using Mcred.Tooling.Files;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred test [PATH...]</c>: every .mcred file found is a fixture, checked as its own workspace against its # expect: comments.</summary>
    internal static class TestCommand
    {
        public static Command Create(CliContext context, System.Func<System.CommandLine.ParseResult, RuleRegistry> registry, Option<string[]> rules)
        {
            var paths = CommonOptions.Paths("Fixture files or folders (folders recursively).");
            var exclude = CommonOptions.Exclude();
            var command = new Command("test", "Run fixtures: each .mcred file is checked alone and its diagnostics must equal its '# expect: ID' comments.") { paths, rules, exclude }
                .With("mcred test tests/fixtures", "mcred test fixtures --rules build/OurRules.dll");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, result.GetValue(paths)!, registry(result), result.GetValue(exclude)!)));
            return command;
        }

        public static int Run(CliContext context, string[] paths, RuleRegistry registry, string[]? excludes = null)
        {
            var passed = 0;
            var failed = 0;
            foreach (var path in WorkspaceDiscovery.FindPlans(DiskFileSystem.Instance, paths, context.CurrentDirectory, excludes))
            {
                var file = SourceFile.Read(path, context);
                var result = FixtureRunner.RunText(path, file.Text, context.Today, registry);
                if (result.Passed)
                {
                    passed++;
                    context.Output.WriteLine("PASS " + file.DisplayPath);
                }
                else
                {
                    failed++;
                    context.Output.WriteLine("FAIL " + file.DisplayPath);
                    context.Output.Write(result.Describe(file.DisplayPath));
                }
            }

            context.Output.WriteLine($"{passed} passed, {failed} failed");
            return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}
