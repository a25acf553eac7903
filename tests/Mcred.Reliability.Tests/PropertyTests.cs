using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>
    /// Property-based tests over mutations of every example and fixture and over generated well-formed workspaces.
    /// CI runs a bounded number of cases; set MCRED_PROPERTY_CASES for more.
    /// </summary>
    public class PropertyTests
    {
        private static void Holds(Gen<string> inputs, Action<string> invariant, int ciCases) =>
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(Inputs.Cases(ciCases)).WithQuietOnSuccess(true), Prop.ForAll(inputs.ToArbitrary(), invariant));

        [Fact]
        public void Mutated_inputs_never_throw_stay_inside_the_file_and_give_the_same_answer_twice() =>
            Holds(Inputs.Mutated(), Invariants.CheckIsTotalAndDeterministic, 400);

        [Fact]
        public void Fmt_is_safe_on_mutated_inputs() => Holds(Inputs.Mutated(), Invariants.FmtIsSafe, 400);

        [Fact]
        public void The_analyzer_never_throws_on_mutated_inputs() => Holds(Inputs.Mutated(), Invariants.AnalyzerNeverThrows, 60);

        [Property(MaxTest = 200, QuietOnSuccess = true)]
        public Property Generated_well_formed_workspaces_parse_without_syntax_errors_and_format_safely() =>
            Prop.ForAll(Inputs.WellFormed().ToArbitrary(), text =>
            {
                var file = Parser.Parse("/fuzz/plan.mcred", SourceText.From(text));
                Assert.Empty(file.Errors);
                Invariants.CheckIsTotalAndDeterministic(text);
                Invariants.FmtIsSafe(text);
            });

        [Fact]
        public void Every_seed_holds_the_invariants_unmutated()
        {
            foreach (var seed in Inputs.Seeds)
            {
                Invariants.CheckIsTotalAndDeterministic(seed);
                Invariants.FmtIsSafe(seed);
            }
        }
    }
}
