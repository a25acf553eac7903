using System.Collections.Generic;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// The native build cannot load rule assemblies or run the language server: it hands exactly those invocations,
    /// unchanged, to the JIT build beside it, and runs everything else itself.
    /// </summary>
    public class HandOffTests
    {
        private const string Plan = "category c {\n  type soft\n}\n";

        private static (int Code, List<string[]> HandedOff, CliRun Run) RunNative(params string[] args)
        {
            var handedOff = new List<string[]>();
            var run = new CliRun().Write("plans/p.mcred", Plan);
            run.HandOff = a =>
            {
                handedOff.Add(a);
                return 7;
            };
            return (run.Run(args), handedOff, run);
        }

        [Theory]
        [InlineData("check", "plans", "--rules", "Org.Rules.dll")]
        [InlineData("check", "--rules=Org.Rules.dll", "plans", "--format", "json")]
        [InlineData("test", "plans", "--rules", "Org.Rules.dll")]
        [InlineData("lsp")]
        public void Commands_that_load_code_go_to_the_jit_build_with_their_arguments_and_its_exit_code(params string[] args)
        {
            var (code, handedOff, run) = RunNative(args);
            using (run)
            {
                Assert.Equal(7, code);
                Assert.Equal(args, Assert.Single(handedOff));
                Assert.Equal(string.Empty, run.Stdout);
            }
        }

        [Theory]
        [InlineData("check", "plans")]
        [InlineData("check", "plans", "--format", "sarif")]
        [InlineData("explain", "MCR1001")]
        [InlineData("rules")]
        [InlineData("check", "plans", "--rules")]
        public void Everything_else_runs_in_the_native_build_itself(params string[] args)
        {
            var (_, handedOff, run) = RunNative(args);
            using (run)
            {
                Assert.Empty(handedOff);
                Assert.NotEqual(string.Empty, run.Stdout + run.Stderr);
            }
        }

        [Fact]
        public void Without_the_jit_build_beside_it_the_native_build_says_so_and_exits_2()
        {
            // The test host has no jit/ folder beside it, as a damaged install would not.
            var error = new System.IO.StringWriter();
            Assert.Equal(ExitCodes.UsageOrInput, JitHandOff.Run(new[] { "lsp" }, error));
            Assert.Contains("cannot load custom rules or run the language server", error.ToString());
            Assert.Contains("reinstall the tool", error.ToString());
        }
    }
}
