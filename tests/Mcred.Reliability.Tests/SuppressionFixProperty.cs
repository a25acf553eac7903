using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>
    /// Contract §6 (MCR1018): while a parser or binder error stands, --fix never takes a suppression away. Workspaces:
    /// a generated or mutated plan with suppression comments of random design-rule IDs inserted between its lines, the
    /// seeds file with its file-wide suppression, and a credential with a misspelt reference (the error).
    /// </summary>
    public class SuppressionFixProperty
    {
        private static readonly string[] DesignIds = RuleRegistry.Default.Rules.Select(r => r.Info.Id).Where(id => id != "MCR1018").ToArray();
        private static readonly Regex Suppression = new Regex(@"#\s*mcred-disable-(?:next-line|file)\s+([A-Za-z0-9, \t]+)", RegexOptions.CultureInvariant);

        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public SuppressionFixProperty(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        [Fact]
        public void Fix_never_removes_a_suppressed_id_from_a_workspace_with_an_error()
        {
            var config = Inputs.Replayable(150, _output);
            Check.One(config, Prop.ForAll(Workspaces().ToArbitrary(), files =>
            {
                var texts = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
                for (var round = 0; round < 3; round++)
                {
                    var result = McredChecker.Check(texts.Select(t => new McredSource(t.Key, t.Value)), McredConfiguration.Defaults(new DateTime(2026, 11, 28)));
                    Assert.Contains(result.Diagnostics, d => IsPlanError(d.Id));
                    var changed = FixApplier.ApplySafe(result.Diagnostics, path => texts.TryGetValue(path, out var text) ? SourceText.From(text) : null, out _);
                    foreach (var pair in changed)
                    {
                        var before = SuppressedIds(texts[pair.Key]);
                        var after = SuppressedIds(pair.Value.ToString());
                        Assert.True(before.SetEquals(after), $"{pair.Key}: suppressed {string.Join(",", before)} before --fix, {string.Join(",", after)} after");
                        texts[pair.Key] = pair.Value.ToString();
                    }
                }
            }));
        }

        private static bool IsPlanError(string id) => string.CompareOrdinal(id, "MCR0001") >= 0 && string.CompareOrdinal(id, "MCR0006") <= 0;

        /// <summary>
        /// For each design-rule ID, how many suppression comments name it, as "ID×count" (a repeat within a comment counts
        /// once: dropping it loses nothing; a compiler ID, which no comment can suppress, may go).
        /// </summary>
        private static HashSet<string> SuppressedIds(string text)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match match in Suppression.Matches(text))
            {
                foreach (var id in match.Groups[1].Value.Split(',').Select(s => s.Trim().ToUpperInvariant()).Where(s => s.StartsWith("MCR1", StringComparison.Ordinal)).Distinct())
                {
                    counts[id] = counts.TryGetValue(id, out var n) ? n + 1 : 1;
                }
            }

            return new HashSet<string>(counts.Select(c => $"{c.Key}x{c.Value}"), StringComparer.Ordinal);
        }

        private static Gen<(string Path, string Text)[]> Workspaces() =>
            from plan in Gen.OneOf(Inputs.WellFormed(), Gen.Elements(Inputs.Seeds), Inputs.Mutated())
            from comments in Gen.ArrayOf(Comment(), 6)
            from places in Gen.ArrayOf(Gen.Choose(0, 1000), 6)
            select new[]
            {
                ("/ws/plan.mcred", WithComments(plan, comments, places)),
                ("/ws/soft-skills.mcred", Inputs.Seeds.First(s => s.Contains("mcred-disable-file", StringComparison.Ordinal))),
                ("/ws/typo.mcred", "credential typo-holder {\n  skills no-such-skill\n}\n"),
            };

        private static Gen<string> Comment() =>
            from fileWide in Gen.Elements(true, false)
            from ids in Gen.ArrayOf(Gen.Elements(DesignIds), 2)
            select $"# mcred-disable-{(fileWide ? "file" : "next-line")} {string.Join(", ", ids)}";

        /// <summary>The comments inserted before lines of the plan (a position past the end appends).</summary>
        private static string WithComments(string plan, string[] comments, int[] places)
        {
            var lines = plan.Replace("\r\n", "\n").Split('\n').ToList();
            for (var i = 0; i < comments.Length; i++)
            {
                lines.Insert(Math.Min(places[i] % (lines.Count + 1), lines.Count), comments[i]);
            }

            return string.Join("\n", lines);
        }
    }
}
