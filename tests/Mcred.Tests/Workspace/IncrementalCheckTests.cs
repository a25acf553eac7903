using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Configuration;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.Workspace;
using Xunit;
using Xunit.Abstractions;

namespace Mcred.Tests.Workspace
{
    /// <summary>
    /// An editor re-checks after every edit, keeping the previous verdicts the edit cannot change. Whatever the edit,
    /// the diagnostics must be exactly those of a full check of the same texts.
    /// </summary>
    public sealed class IncrementalCheckTests
    {
        private static readonly Dictionary<string, string> Plan = new Dictionary<string, string>
        {
            ["/ws/a-people.mcred"] = @"issuer northwind ""Northwind"" {
  value ""Hands-on courses taught by practising analysts""
}

persona switcher ""Career switcher"" {
  description ""Adults moving into analytics from retail or office jobs""
}

recognizer fabrikam ""Fabrikam"" {
  kind employer
  outcome ""Interview for junior analyst roles""
  endorses data-analytics
}

category comms ""Communication"" {
  type soft
}

category data ""Data"" {
  type technical
}
",
            ["/ws/b-skills.mcred"] = @"skill sql ""SQL querying"" {
  category data
  why ""Analysts answer most business questions by querying the data warehouse themselves""
  half-life 5y
  reviewed 2026-01-10
}

skill storytelling ""Data storytelling"" {
  category comms
  why ""A finding changes decisions only when stakeholders understand it and act on it""
  half-life 8y
  reviewed 2026-02-01
}

skill dashboards ""Dashboard design"" {
  category data
  why ""Managers read dashboards every week, so good ones save every reader time""
  half-life 3y
  reviewed 2025-06-01
}
",
            ["/ws/c-credentials.mcred"] = @"# mcred-disable-next-line MCR1012 -- reviewed on paper
credential data-analytics ""Data Analytics"" {
  issuer northwind
  for switcher
  recognized-by fabrikam
  skills sql, storytelling, dashboards
  prepares-for analyst
}

credential data-basics ""Data Basics"" {
  issuer northwind
  for switcher
  skills sql, dashboards
}

pathway analytics-path ""Analytics path"" {
  for switcher
  steps data-basics, data-analytics
  prepares-for analyst
}
",
            ["/ws/d-market.mcred"] = @"occupation analyst ""Data analyst"" {
  essential sql, dashboards, storytelling
}
",
        };

        /// <summary>(file, text to find, its replacement): edits of every sort an editor session makes.</summary>
        private static readonly (string File, string Find, string Replace)[] Edits =
        {
            ("/ws/b-skills.mcred", "Analysts answer most business questions", "Useful"),
            ("/ws/a-people.mcred", "type soft", "type technical"),
            ("/ws/a-people.mcred", "type technical\n}\n\ncategory data", "type soft\n}\n\ncategory data"),
            ("/ws/c-credentials.mcred", "skills sql, storytelling, dashboards", "skills sql, dashboards"),
            ("/ws/b-skills.mcred", "skill dashboards", "skill dash-boards"),
            ("/ws/b-skills.mcred", "skill dash-boards", "skill dashboards"),
            ("/ws/a-people.mcred", "issuer northwind", "# a comment that moves every line\n\nissuer northwind"),
            ("/ws/b-skills.mcred", "half-life 3y", "half-life 3y\n  reviewed 2020-01-01"),
            ("/ws/c-credentials.mcred", "for switcher\n  skills sql, dashboards", "for switcher\n  skills sql, dashboards, storytelling"),
            ("/ws/a-people.mcred", "  endorses data-analytics\n", string.Empty),
            ("/ws/d-market.mcred", "essential sql, dashboards, storytelling", "essential sql, storytelling"),
            ("/ws/c-credentials.mcred", "steps data-basics, data-analytics", "steps data-basics"),
            ("/ws/b-skills.mcred", "skill storytelling", "skil storytelling"),
            ("/ws/b-skills.mcred", "skil storytelling", "skill storytelling"),
            ("/ws/d-market.mcred", "occupation analyst", "skill sql \"SQL again\" {\n  category data\n}\n\noccupation analyst"),
            ("/ws/c-credentials.mcred", "recognized-by fabrikam", "recognized-by fabrikm"),
            ("/ws/c-credentials.mcred", "issuer northwind\n  for switcher\n  skills sql, dashboards", "for switcher\n  skills sql, dashboards"),
            ("/ws/a-people.mcred", "persona switcher \"Career switcher\" {\n  description \"Adults moving into analytics from retail or office jobs\"\n}\n", string.Empty),
            ("/ws/b-skills.mcred", "category comms", "category comms, data"),
            ("/ws/c-credentials.mcred", "# mcred-disable-next-line MCR1012 -- reviewed on paper\n", "# mcred-disable-next-line MCR1003 -- planned\n"),
            ("/ws/c-credentials.mcred", "skills sql, dashboards\n", "skills sql, dashbords\n"),
            ("/ws/a-people.mcred", "category data \"Data\" {", "category dashbords \"Near miss\" {\n  type soft\n}\n\ncategory data \"Data\" {"),
            ("/ws/a-people.mcred", "category dashbords", "category dash-bords"),
        };

        private readonly ITestOutputHelper _output;

        public IncrementalCheckTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Every_edit_in_order_gives_the_diagnostics_of_a_full_check()
        {
            var session = new EditorSession(Plan);
            foreach (var edit in Edits)
            {
                Assert.True(session.Apply(edit), $"the edit of {edit.File} did not apply: '{edit.Find}'");
                session.AssertSameAsFullCheck($"after replacing '{edit.Find}' in {edit.File}");
            }
        }

        [Fact]
        public void Random_sequences_of_edits_give_the_diagnostics_of_a_full_check()
        {
            var seed = int.TryParse(Environment.GetEnvironmentVariable("MCRED_TEST_SEED"), out var s) ? s : 20261130;
            _output.WriteLine($"seed {seed} (set MCRED_TEST_SEED to replay another)");
            var random = new Random(seed);
            for (var round = 0; round < 40; round++)
            {
                var session = new EditorSession(Plan);
                for (var step = 0; step < 12; step++)
                {
                    var edit = Edits[random.Next(Edits.Length)];
                    if (session.Apply(edit))
                    {
                        session.AssertSameAsFullCheck($"seed {seed}, round {round}, step {step}: replacing '{edit.Find}' in {edit.File}");
                    }
                }
            }
        }

        [Fact]
        public void An_edit_inside_one_skill_judges_again_only_what_can_see_that_skill()
        {
            var session = new EditorSession(Plan);
            var full = session.Previous.Findings!.Judged;
            session.Apply(("/ws/b-skills.mcred", "Managers read dashboards every week", "Managers read dashboards"));
            var result = session.AssertSameAsFullCheck("after editing the why statement of 'dashboards'");

            // The three skills of the edited file; what the file's declarations reference (their categories); what reaches it
            // through up to three references (the credentials and the pathway that list it, the recognizer that
            // endorses one of them, the occupation that requires it). The issuer and the persona are not judged again.
            // Only the three skills of the edited file are bound again; everything that references them keeps them.
            Assert.Equal(3, result.Binding!.Bound);
            var judged = result.Findings!.Judged;
            Assert.InRange(judged, 1, full - 1);
            var affected = result.Findings.Affected!.Select(d => $"{d.Kind.ToKeyword()} {d.Id}").OrderBy(s => s, System.StringComparer.Ordinal);
            Assert.Equal(
                "category comms, category data, credential data-analytics, credential data-basics, occupation analyst, pathway analytics-path, recognizer fabrikam, skill dashboards, skill sql, skill storytelling",
                string.Join(", ", affected));

        }

        [Fact]
        public void A_duplicate_that_was_the_only_use_goes_and_the_declaration_it_used_is_unused_again()
        {
            var plan = new Dictionary<string, string>(Plan)
            {
                ["/ws/e-extra.mcred"] = "issuer spare \"Spare\" {\n  value \"Weekend workshops run by local employers\"\n}\n",
                ["/ws/f-dup.mcred"] = "credential data-basics \"Data Basics again\" {\n  issuer spare\n}\n",
            };
            var session = new EditorSession(plan);
            Assert.DoesNotContain(session.Previous.Diagnostics, d => d.Id == "MCR1016" && d.Message.Contains("'spare'"));

            session.Apply(("/ws/f-dup.mcred", "credential data-basics \"Data Basics again\" {\n  issuer spare\n}\n", "# nothing here now\n"));
            var removed = session.AssertSameAsFullCheck("after removing the duplicate that named 'spare'");
            Assert.Contains(removed.Diagnostics, d => d.Id == "MCR1016" && d.Message.Contains("'spare'"));

            session.Apply(("/ws/f-dup.mcred", "# nothing here now\n", "credential data-basics \"Data Basics again\" {\n  issuer spare\n}\n"));
            var added = session.AssertSameAsFullCheck("after adding a duplicate that names 'spare'");
            Assert.DoesNotContain(added.Diagnostics, d => d.Id == "MCR1016" && d.Message.Contains("'spare'"));
        }

        [Fact]
        public void A_typo_in_a_reference_judges_in_full_only_the_rules_that_read_what_it_makes_unknown()
        {
            var session = new EditorSession(Plan);
            var full = session.Previous.Findings!.Judged;
            session.Apply(("/ws/b-skills.mcred", "  category comms\n", "  category commz\n"));
            var result = session.AssertSameAsFullCheck("after misspelling the category of 'storytelling'");

            // The skill's category is now unknown somewhere: rules that ask about it judge everything, the rest only
            // what the edit reaches.
            Assert.Contains(result.Diagnostics, d => d.Id == "MCR0002");
            Assert.InRange(result.Findings!.Judged, 1, full - 1);
        }

        [Fact]
        public void A_file_handed_over_twice_is_checked_once_and_is_no_duplicate_of_itself()
        {
            var files = Plan.Select(p => Parser.Parse(p.Key, Microsoft.CodeAnalysis.Text.SourceText.From(p.Value))).ToList();
            var once = McredChecker.CheckParsed(files, McredConfiguration.Defaults(Check.Today));
            var twice = McredChecker.CheckParsed(files.Concat(new[] { files[1] }).ToList(), McredConfiguration.Defaults(Check.Today));
            Assert.DoesNotContain(twice.Diagnostics, d => d.Id == "MCR0003");
            Assert.Equal(once.Diagnostics.Select(d => d.ToString()), twice.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(files.Count, twice.Files.Count);
        }

        [Fact]
        public void A_new_configuration_or_registry_judges_everything_again()
        {
            var session = new EditorSession(Plan);
            var full = session.Previous.Findings!.Judged;
            var result = McredChecker.CheckParsed(session.Files, McredConfiguration.Defaults(Check.Today.AddDays(1)), session.Registry, session.Previous);
            Assert.Equal(full, result.Findings!.Judged);
        }

        /// <summary>Texts re-parsed only when edited (as the language server keeps them), checked after each edit.</summary>
        private sealed class EditorSession
        {
            private readonly Dictionary<string, string> _texts;
            private readonly Dictionary<string, SyntaxFile> _parses = new Dictionary<string, SyntaxFile>();
            private readonly McredConfiguration _configuration = McredConfiguration.Defaults(Check.Today);

            public EditorSession(Dictionary<string, string> plan)
            {
                _texts = new Dictionary<string, string>(plan);
                foreach (var (path, text) in _texts)
                {
                    _parses[path] = Parser.Parse(path, Microsoft.CodeAnalysis.Text.SourceText.From(text));
                }

                Previous = McredChecker.CheckParsed(Files, _configuration, Registry, previous: null);
            }

            public RuleRegistry Registry { get; } = RuleRegistry.Default;

            public CheckResult Previous { get; private set; }

            public List<SyntaxFile> Files => _parses.Values.ToList();

            public bool Apply((string File, string Find, string Replace) edit)
            {
                var text = _texts[edit.File];
                var at = text.IndexOf(edit.Find, StringComparison.Ordinal);
                if (at < 0)
                {
                    return false;
                }

                text = text.Substring(0, at) + edit.Replace + text.Substring(at + edit.Find.Length);
                _texts[edit.File] = text;
                _parses[edit.File] = Parser.Parse(edit.File, Microsoft.CodeAnalysis.Text.SourceText.From(text));
                return true;
            }

            public CheckResult AssertSameAsFullCheck(string when)
            {
                var incremental = McredChecker.CheckParsed(Files, _configuration, Registry, Previous);
                var full = McredChecker.CheckParsed(Files, _configuration, Registry);
                Assert.True(Lines(full).SequenceEqual(Lines(incremental)),
                    $"{when}:\nfull check:\n  {string.Join("\n  ", Lines(full))}\nincremental:\n  {string.Join("\n  ", Lines(incremental))}");
                Assert.Equal(Facts(full.Model), Facts(incremental.Model));
                Previous = incremental;
                return incremental;
            }

            /// <summary>
            /// The model as features and rules read it, one line per declaration: where it is, what it references
            /// (each reference must be the model's own declaration of that ID), whether it is used, derived facts.
            /// </summary>
            private static List<string> Facts(Model.McredModel model)
            {
                var lines = new List<string>();
                foreach (var d in model.Declarations.Concat(model.Duplicates))
                {
                    var referenced = References(d).ToList();
                    foreach (var target in referenced)
                    {
                        Assert.Same(model.Declarations.First(x => x.Kind == target.Kind && x.Id == target.Id), target);
                    }

                    var derived = d is Model.Credential c
                        ? $" endorsed-by {string.Join(",", c.EndorsedBy.Select(r => r.Id))} pathways {string.Join(",", c.Pathways.Select(p => p.Id))} recognized {c.IsRecognized}"
                        : string.Empty;
                    lines.Add($"{d.Kind} {d.Id} '{d.Name}' {d.Location.Path}:{d.Location.Line} dup {d.IsDuplicate} used {model.IsUsed(d)} refs {string.Join(",", referenced.Select(r => r.Id))}{derived}");
                }

                return lines;
            }

            private static IEnumerable<Model.McredDeclaration> References(Model.McredDeclaration d) => d switch
            {
                Model.Skill s => s.Categories,
                Model.Credential c => new Model.McredDeclaration?[] { c.Issuer }.OfType<Model.McredDeclaration>().Concat(c.For).Concat(c.RecognizedBy).Concat(c.Skills).Concat(c.PreparesFor),
                Model.Pathway p => p.For.Cast<Model.McredDeclaration>().Concat(p.Steps).Concat(p.PreparesFor),
                Model.Recognizer r => r.Endorses,
                Model.Occupation o => o.Essential.Cast<Model.McredDeclaration>().Concat(o.Optional),
                _ => Enumerable.Empty<Model.McredDeclaration>(),
            };

            private static List<string> Lines(CheckResult result) =>
                result.Diagnostics.Select(d => $"{d.Location.Path}({d.Location.Line},{d.Location.Column})-{d.Location.Span} {d.Severity} {d.Id}: {d.Message} [{string.Join("; ", d.RelatedLocations.Select(r => $"{r.Path}:{r.Line}"))}]").ToList();
        }
    }
}
