using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Mcred.Reliability.Tests
{
    /// <summary>Generated inputs: mutations of every example and fixture, and well-formed workspaces.</summary>
    internal static class Inputs
    {
        /// <summary>Cases per property; CI runs a bounded number, MCRED_PROPERTY_CASES asks for more.</summary>
        public static int Cases(int ciDefault) =>
            int.TryParse(Environment.GetEnvironmentVariable("MCRED_PROPERTY_CASES"), out var n) && n > 0 ? n : ciDefault;

        /// <summary>The random seed of every property: fixed, so CI runs are repeatable; MCRED_PROPERTY_SEED replays another.</summary>
        public static ulong Seed() =>
            ulong.TryParse(Environment.GetEnvironmentVariable("MCRED_PROPERTY_SEED"), out var seed) ? seed : 20261130UL;

        /// <summary>
        /// A bounded FsCheck run from the fixed seed that throws on the first counterexample; the seed and the number of
        /// cases go to the test's output, so a failure can be replayed.
        /// </summary>
        public static Config Replayable(int ciCases, Xunit.Abstractions.ITestOutputHelper output)
        {
            var seed = Seed();
            var cases = Cases(ciCases);
            output.WriteLine($"FsCheck seed {seed} (set MCRED_PROPERTY_SEED to replay another); {cases} cases");
            return Config.QuickThrowOnFailure
                .WithMaxTest(cases)
                .WithQuietOnSuccess(true)
                .WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(seed), Microsoft.FSharp.Core.FSharpOption<int>.None)));
        }

        public static readonly string[] Seeds = Directory
            .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.mcred", SearchOption.AllDirectories)
            .Concat(RegressionInputs())
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

        /// <summary>Fuzzing findings and hand-made hostile inputs, kept so every run checks them again.</summary>
        private static string[] RegressionInputs()
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Regressions");
            return Directory.Exists(folder) ? Directory.GetFiles(folder) : Array.Empty<string>();
        }

        private static readonly string[] Tokens =
        {
            "{", "}", "\"", "\"\"\"", "#", ",", "\n", "\r\n", "\r", "\u2028", " ", "\t", "\\", "\\q", "skill ", "category ", "credential ",
            "pathway ", "persona ", "issuer ", "recognizer ", "why ", "skills ", "3y", "3yrs", "2026-02-30", "18mo", "\0", "\uFEFF",
            "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\uD800", "# mcred-disable-next-line MCR1006\n", "# mcred-disable-file MCR0001\n",
            "# expect: MCR1001\n", "aligns esco \"x\"", "url \"ftp://x\"", "-", "_", "é",
        };

        /// <summary>A seed with one to four mutations: deleted, duplicated or inserted text, tokens, truncation, random characters.</summary>
        public static Gen<string> Mutated() =>
            from seed in Gen.Elements(Seeds)
            from count in Gen.Choose(1, 4)
            from steps in Gen.ArrayOf(Mutation(), count)
            select steps.Aggregate(seed, (text, step) => step(text));

        public static Gen<Func<string, string>> Mutation() => Gen.OneOf(
            from a in Gen.Choose(0, 10000) from length in Gen.Choose(1, 40)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Remove(a % t.Length, Math.Min(length, t.Length - (a % t.Length)))),
            from a in Gen.Choose(0, 10000) from length in Gen.Choose(1, 200)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Insert(a % t.Length, t.Substring(a % t.Length, Math.Min(length, t.Length - (a % t.Length))))),
            from a in Gen.Choose(0, 10000) from token in Gen.Elements(Tokens)
            select (Func<string, string>)(t => t.Insert(t.Length == 0 ? 0 : a % (t.Length + 1), token)),
            from a in Gen.Choose(0, 10000)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Substring(0, a % t.Length)),
            from a in Gen.Choose(0, 10000) from chars in Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), 8)
            select (Func<string, string>)(t => t.Insert(t.Length == 0 ? 0 : a % (t.Length + 1), new string(chars))));

        /// <summary>Random well-formed workspaces: every kind, references into a small pool of IDs, valid values.</summary>
        public static Gen<string> WellFormed() =>
            from declarations in Gen.ArrayOf(Declaration(), 12)
            select string.Join("\n", declarations);

        private static readonly string[] Ids = { "a", "b", "c", "data-viz", "soft_1" };

        private static Gen<string> Declaration() =>
            from kind in Gen.Elements("issuer", "persona", "recognizer", "category", "skill", "credential", "pathway")
            from id in Gen.Elements(Ids)
            from named in Gen.Elements(true, false)
            from properties in Gen.ArrayOf(Property(kind), 3)
            select $"{kind} {id}{(named ? " \"Name of " + id + "\"" : string.Empty)} {{\n{string.Concat(properties.Select(p => "  " + p + "\n"))}}}\n";

        private static Gen<string> Property(string kind)
        {
            var text = Gen.Elements("\"A short reason.\"", "\"\"\"\n    block\n    text\n    \"\"\"", "\"emoji \U0001F600 and \\\"quotes\\\"\"");
            var refs = Gen.Elements(Ids).ArrayOf(2).Select(ids => string.Join(", ", ids));
            switch (kind)
            {
                case "issuer": return Gen.OneOf(text.Select(t => "value " + t), Gen.Constant("url \"https://example.org\""));
                case "persona": return Gen.OneOf(text.Select(t => "description " + t), text.Select(t => "goal " + t));
                case "recognizer": return Gen.OneOf(Gen.Elements("kind employer", "kind community"), text.Select(t => "outcome " + t), refs.Select(r => "endorses " + r));
                case "category": return Gen.OneOf(Gen.Elements("type soft", "type technical", "type certification"), text.Select(t => "description " + t));
                case "skill": return Gen.OneOf(refs.Select(r => "category " + r), text.Select(t => "why " + t), Gen.Elements("half-life 2y", "half-life 18mo"), Gen.Elements("reviewed 2024-02-29", "reviewed 2026-01-01"), Gen.Constant("aligns esco \"http://data.europa.eu/esco/skill/1\""));
                case "credential": return Gen.OneOf(Gen.Elements(Ids).Select(i => "issuer " + i), refs.Select(r => "for " + r), refs.Select(r => "skills " + r), refs.Select(r => "recognized-by " + r));
                default: return Gen.OneOf(refs.Select(r => "for " + r), refs.Select(r => "steps " + r));
            }
        }
    }
}
