using System;
using FsCheck;
using FsCheck.Fluent;
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
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public PropertyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        /// <summary>Runs a property from a fixed seed (printed; MCRED_PROPERTY_SEED replays another), so a failure reproduces.</summary>
        private void Holds(Gen<string> inputs, Action<string> invariant, int ciCases)
        {
            var seed = Inputs.Seed();
            _output.WriteLine($"FsCheck seed {seed} (set MCRED_PROPERTY_SEED to replay another); {Inputs.Cases(ciCases)} cases");
            var replay = new Replay(new Rnd(seed), Microsoft.FSharp.Core.FSharpOption<int>.None);
            var config = Config.QuickThrowOnFailure
                .WithMaxTest(Inputs.Cases(ciCases))
                .WithQuietOnSuccess(true)
                .WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(replay));
            Check.One(config, Prop.ForAll(inputs.ToArbitrary(), invariant));
        }

        [Fact]
        public void Mutated_inputs_never_throw_stay_inside_the_file_and_give_the_same_answer_twice() =>
            Holds(Inputs.Mutated(), Invariants.CheckIsTotalAndDeterministic, 400);

        [Fact]
        public void Fmt_is_safe_on_mutated_inputs() => Holds(Inputs.Mutated(), Invariants.FmtIsSafe, 400);

        [Fact]
        public void The_analyzer_never_throws_on_mutated_inputs() => Holds(Inputs.Mutated(), Invariants.AnalyzerNeverThrows, 60);

        [Fact]
        public void Generated_well_formed_workspaces_parse_without_syntax_errors_and_format_safely() =>
            Holds(Inputs.WellFormed(), text =>
            {
                var file = Parser.Parse("/fuzz/plan.mcred", SourceText.From(text));
                Assert.Empty(file.Errors);
                Invariants.CheckIsTotalAndDeterministic(text);
                Invariants.FmtIsSafe(text);
            }, 200);

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
