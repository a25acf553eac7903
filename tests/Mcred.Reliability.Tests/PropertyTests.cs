using System;
using FsCheck;
using FsCheck.Fluent;
using System.Linq;
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
            var config = Inputs.Replayable(ciCases, _output);
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

        /// <summary>
        /// Any text written through the core's quoting reads back through the lexer as one string with the same text:
        /// every line break as LF, other control characters dropped. Nothing in it can end the string or the line.
        /// </summary>
        [Fact]
        public void Quoted_text_reads_back_as_the_same_string()
        {
            var pieces = Gen.Elements("a", " ", "\"", "\\", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\t", "\0", "\u0007", "é", "\U0001F600", "\uD800", "#", "}", "skill x {");
            var texts = Gen.ListOf(pieces).Select(parts => string.Concat(parts));
            Holds(texts, text =>
            {
                var file = Parser.Parse("/q/plan.mcred", SourceText.From("skill a {\n  tool " + StringLiteral.Quote(text) + "\n}\n"));
                Assert.Empty(file.Errors);
                var value = Assert.Single(Assert.Single(file.Declarations).Properties).Values.Single().StringValue;
                Assert.Equal(Expected(text), value);
            }, 400);
        }

        /// <summary>
        /// Text from a taxonomy written into a comment (an import's header) stays one comment: the declaration after it
        /// is the file's only declaration, so no label or licence can add one.
        /// </summary>
        [Fact]
        public void Comment_text_stays_one_comment()
        {
            var pieces = Gen.Elements("a", " ", "\"", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\0", "\u001b", "}", "skill x {", "\nskill y {\n}\n");
            var texts = Gen.ListOf(pieces).Select(parts => string.Concat(parts));
            Holds(texts, text =>
            {
                var file = Parser.Parse("/q/plan.mcred", SourceText.From("# " + StringLiteral.CommentText(text) + "\ncategory c { type soft }\n"));
                Assert.Empty(file.Errors);
                Assert.Equal("c", Assert.Single(file.Declarations).Id);
            }, 400);
        }

        /// <summary>What quoting promises: line breaks (CRLF as one) become LF, other control characters go.</summary>
        private static string Expected(string text)
        {
            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    sb.Append('\n');
                }
                else if (c == '\t' || !char.IsControl(c))
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

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
