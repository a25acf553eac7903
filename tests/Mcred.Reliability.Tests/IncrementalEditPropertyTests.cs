using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Mcred.Configuration;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>
    /// An editor session is a sequence of arbitrary edits, each checked from the previous result. Whatever the edits,
    /// every incremental check must report exactly what a fresh check of the same texts reports.
    /// </summary>
    public class IncrementalEditPropertyTests
    {
        private static readonly DateTime Today = new DateTime(2026, 11, 30);

        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public IncrementalEditPropertyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        /// <summary>Three files (generated or seeds) and up to ten edits, each to one of them.</summary>
        private static Gen<(string[] Files, (int File, Func<string, string> Edit)[] Edits)> Sessions() =>
            from files in Gen.ArrayOf(Gen.OneOf(Inputs.WellFormed(), Gen.Elements(Inputs.Seeds)), 3)
            from count in Gen.Choose(1, 10)
            from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 2), Inputs.Mutation()), count)
            select (files, edits.Select(e => (e.Item1, e.Item2)).ToArray());

        [Fact]
        public void Any_sequence_of_edits_checked_incrementally_equals_a_fresh_check()
        {
            var config = Inputs.Replayable(60, _output);
            Check.One(config, Prop.ForAll(Sessions().ToArbitrary(), session => Replays(session.Files, session.Edits)));
        }

        private static void Replays(string[] texts, (int File, Func<string, string> Edit)[] edits)
        {
            var configuration = McredConfiguration.Defaults(Today);
            var parses = texts.Select((text, i) => Parser.Parse($"/session/f{i}.mcred", SourceText.From(text))).ToArray();
            var previous = McredChecker.CheckParsed(parses, configuration, null, previous: null);
            for (var step = 0; step < edits.Length; step++)
            {
                var (index, edit) = edits[step];
                var before = texts[index];
                texts[index] = edit(texts[index]);
                parses[index] = Parser.Parse(parses[index].Path, SourceText.From(texts[index]));
                var incremental = McredChecker.CheckParsed(parses, configuration, null, previous);
                var fresh = McredChecker.CheckParsed(parses, configuration, null, previous: null);
                var (a, b) = (Lines(fresh), Lines(incremental));
                Assert.True(a.SequenceEqual(b),
                    $"step {step + 1} (file f{index}):\nonly in the fresh check:\n  {string.Join("\n  ", a.Except(b))}\nonly in the incremental check:\n  {string.Join("\n  ", b.Except(a))}\nf{index} before the edit:\n{before}\n=====\ntexts after it:\n{string.Join("\n-----\n", texts)}");
                previous = incremental;
            }
        }

        private static List<string> Lines(CheckResult result) => result.Diagnostics
            .Select(d => $"{d.Location.Path}{d.Location.Span} {d.Severity} {d.Id}: {d.Message} [{string.Join("; ", d.RelatedLocations.Select(r => r.Path + r.Span))}]")
            .ToList();
    }
}
