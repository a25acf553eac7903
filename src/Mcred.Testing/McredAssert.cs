using System.Linq;
using System.Text;
using Mcred.Diagnostics;
using Mcred.Fixtures;
using Mcred.Rules;
using Xunit.Sdk;

namespace Mcred.Testing
{
    /// <summary>Assertions over .mcred plans and fixtures.</summary>
    public static class McredAssert
    {
        /// <summary>
        /// Checks the fixture as its own workspace, with the configuration that applies to its path, and fails unless the
        /// (line, ID) pairs it produces equal its <c># expect:</c> comments; the failure lists each missing and each
        /// unexpected diagnostic.
        /// </summary>
        public static void MatchesExpectations(McredFixture fixture, params McredRule[] customRules)
        {
            var registry = customRules.Length == 0 ? RuleRegistry.Default : RuleRegistry.WithCustomRules(customRules);
            var result = FixtureRunner.RunFile(fixture.Path, System.DateTime.Today, registry);
            if (!result.Passed)
            {
                // The full path of the file you edit: IDEs and terminals turn path(line,col) into a link.
                throw new XunitException($"{fixture.Path}: the diagnostics differ from its '# expect:' comments ({result.Missing.Count} missing, {result.Unexpected.Count} unexpected)\n{result.Describe(fixture.Path)}");
            }
        }

        /// <summary>Fails listing every warning and error in the workspace at <paramref name="path"/>.</summary>
        public static void Clean(string path) => Clean(McredWorkspace.Load(path), McredSeverity.Warning);

        /// <summary>Fails listing every diagnostic at or above <paramref name="failOn"/> in the workspace at <paramref name="path"/>.</summary>
        public static void Clean(string path, McredSeverity failOn) => Clean(McredWorkspace.Load(path), failOn);

        /// <summary>Fails listing every warning and error in <paramref name="workspace"/>.</summary>
        public static void Clean(McredWorkspace workspace) => Clean(workspace, McredSeverity.Warning);

        /// <summary>Fails listing every diagnostic at or above <paramref name="failOn"/> in <paramref name="workspace"/>.</summary>
        public static void Clean(McredWorkspace workspace, McredSeverity failOn)
        {
            var problems = workspace.AtOrAbove(failOn).ToList();
            if (problems.Count == 0)
            {
                return;
            }

            var message = new StringBuilder();
            message.Append($"expected no diagnostic at or above {failOn.ToString().ToLowerInvariant()} in {string.Join(", ", workspace.Paths)}, found {problems.Count}:\n");
            foreach (var d in problems)
            {
                message.Append("  ").Append(workspace.Describe(d)).Append('\n');
            }

            throw new XunitException(message.ToString());
        }
    }
}
