using System;
using System.Linq;
using Mcred.Model;
using Xunit;

namespace Mcred.Tests.Binding
{
    public class BinderTests
    {
        [Fact]
        public void Undefined_reference_suggests_the_nearest_id_of_the_right_kind()
        {
            var result = Check.Text("category analytics {\n  type technical\n}\nskill sql {\n  category analytcs\n}\n");
            var d = Assert.Single(result.Diagnostics, x => x.Id == "MCR0002");
            Assert.Equal((5, 12), (d.Location.Line, d.Location.Column));
            Assert.Contains("did you mean 'analytics'?", d.Message);
        }

        [Fact]
        public void Undefined_reference_without_a_near_name_says_how_to_declare_it()
        {
            var d = Check.Text("credential c {\n  for career-switcher\n}\n").Diagnostics.Single(x => x.Id == "MCR0002");
            Assert.Contains("declare it with 'persona career-switcher { ... }'", d.Message);
        }

        [Fact]
        public void Wrong_kind_reference_takes_precedence_over_undefined()
        {
            var result = Check.Text("issuer fourthrev {\n}\ncredential c {\n  skills fourthrev\n}\n");
            var d = Assert.Single(result.Diagnostics, x => x.Id.StartsWith("MCR000"));
            Assert.Equal("MCR0004", d.Id);
            Assert.StartsWith("'fourthrev' is an issuer, not a skill", d.Message);
            Assert.Equal((4, 10), (d.Location.Line, d.Location.Column));
        }

        [Fact]
        public void Kinds_have_separate_namespaces_so_a_skill_and_a_category_may_share_an_id()
        {
            var text = "category communication {\n  type soft\n}\nskill communication {\n  category communication\n}\ncredential c {\n  skills communication\n}\n";
            Assert.Empty(Check.Compiler(text));
        }

        [Fact]
        public void Duplicate_is_reported_on_the_later_declaration_naming_the_first_file_and_line()
        {
            var result = Check.Files(
                ("/ws/b/skills.mcred", "skill sql {\n}\n"),
                ("/ws/a/core.mcred", "\n\nskill sql {\n}\n"));
            var d = Assert.Single(result.Diagnostics, x => x.Id == "MCR0003");
            Assert.Equal("/ws/b/skills.mcred", d.Location.Path);
            Assert.Equal((1, 7), (d.Location.Line, d.Location.Column));
            Assert.Equal("skill 'sql' is already declared at line 3 of ../a/core.mcred: rename or remove this declaration", d.Message);
        }

        [Fact]
        public void Duplicate_gets_only_MCR0003_but_its_references_still_resolve()
        {
            var text = "skill sql {\n}\nskill sql {\n  category nope\n  half-life 3yrs\n}\n";
            Assert.Equal(new[] { "MCR0003@3:7" }, Check.Compiler(text));
        }

        [Fact]
        public void A_reference_to_a_declaration_with_a_syntax_error_resolves_silently()
        {
            var text = "skill sql {\n  why @\n}\ncredential c {\n  skills sql\n}\n";
            Assert.Equal(new[] { "MCR0001@2:7" }, Check.Compiler(text));
        }

        [Fact]
        public void A_declaration_with_a_syntax_error_does_not_count_as_the_first_of_its_id()
        {
            var text = "skill sql {\n  why @\n}\nskill sql {\n}\n";
            Assert.Equal(new[] { "MCR0001@2:7" }, Check.Compiler(text));
        }

        [Theory]
        [InlineData("skill s {\n  reviewed 2026-02-30\n}", 2, 12, "not a calendar date")]
        [InlineData("skill s {\n  reviewed 2026-1-5\n}", 2, 12, "no valid value")]
        [InlineData("skill s {\n  reviewed soon\n}", 2, 12, "takes a calendar date")]
        [InlineData("skill s {\n  half-life 3yrs\n}", 2, 13, "takes a duration")]
        [InlineData("skill s {\n  half-life 36\n}", 2, 13, "the number 36")]
        [InlineData("skill s {\n  half-life 99999999999y\n}", 2, 13, "too long")]
        [InlineData("category c {\n  type sofft\n}", 2, 8, "did you mean 'soft'?")]
        [InlineData("category c {\n  type softskill\n}", 2, 8, "did you mean 'soft'?")]
        [InlineData("recognizer r {\n  kind \"employer\"\n}", 2, 8, "'kind' takes a word, not a string")]
        [InlineData("recognizer r {\n  kind employers\n}", 2, 8, "unknown kind 'employers'")]
        [InlineData("persona p {\n  description \"   \"\n}", 2, 15, "is empty")]
        [InlineData("persona p {\n  goal \"\"\n}", 2, 8, "is empty")]
        [InlineData("issuer i {\n  url \"ftp://example.org\"\n}", 2, 7, "not an absolute http(s) URL")]
        [InlineData("issuer i {\n  url \"example.org/page\"\n}", 2, 7, "not an absolute http(s) URL")]
        [InlineData("issuer i {\n  value grad\n}", 2, 9, "takes a string in quotes")]
        [InlineData("skill s {\n  aligns \"http://x\"\n}", 2, 10, "takes a framework and a code")]
        [InlineData("skill s {\n  aligns esco \"\"\n}", 2, 10, "code is empty")]
        [InlineData("skill s {\n  tool esco \"Tableau\"\n}", 2, 8, "only allowed after 'aligns'")]
        [InlineData("credential c {\n  skills \"sql\"\n}", 2, 10, "the ID of a skill")]
        [InlineData("skill s \"\" {\n}", 1, 9, "display name")]
        [InlineData("credential c {\n  workload 5\n}", 2, 12, "takes a workload such as 5ects")]
        [InlineData("credential c {\n  workload 0h\n}", 2, 12, "is none")]
        [InlineData("credential c {\n  workload 3y\n}", 2, 12, "takes a workload")]
        [InlineData("skill s {\n  half-life 120h\n}", 2, 13, "takes a duration")]
        [InlineData("issuer i {\n  country \"nl\"\n}", 2, 11, "not a country code: use two upper-case letters")]
        [InlineData("issuer i {\n  country \"NLD\"\n}", 2, 11, "not a country code")]
        [InlineData("issuer i {\n  email \"badges at example.org\"\n}", 2, 9, "not an e-mail address")]
        [InlineData("credential c {\n  level eqf-9\n}", 2, 9, "unknown level 'eqf-9'")]
        [InlineData("credential c {\n  participation hybrid\n}", 2, 17, "use one of online, onsite, blended")]
        [InlineData("credential c {\n  achievement-type microcredential\n}", 2, 20, "did you mean 'micro-credential'?")]
        public void Invalid_values_are_MCR0005_on_the_value(string text, int line, int column, string messagePart)
        {
            var d = Assert.Single(Check.Text(text + "\n").Diagnostics, x => x.Id.StartsWith("MCR000"));
            Assert.Equal("MCR0005", d.Id);
            Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
            Assert.Contains(messagePart, d.Message);
        }

        [Theory]
        [InlineData("skill s {\n  wy \"x\"\n}", 2, 3, "unknown property 'wy' in skill 's': did you mean 'why'?")]
        [InlineData("skill s {\n  colour \"x\"\n}", 2, 3, "skill takes category, why, half-life, reviewed, tool, aligns")]
        [InlineData("skill s {\n  why \"a\"\n  why \"b\"\n}", 3, 3, "'why' is given more than once in skill 's': keep one line")]
        [InlineData("issuer a {\n}\nissuer b {\n}\ncredential c {\n  issuer a, b\n}", 6, 13, "'issuer' of credential 'c' takes one value, found 2: keep one")]
        public void Invalid_properties_are_MCR0006(string text, int line, int column, string messagePart)
        {
            var d = Assert.Single(Check.Text(text + "\n").Diagnostics, x => x.Id.StartsWith("MCR000"));
            Assert.Equal("MCR0006", d.Id);
            Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
            Assert.Contains(messagePart, d.Message);
        }

        [Fact]
        public void Multi_valued_properties_may_repeat_and_a_reference_listed_twice_counts_once()
        {
            var text = "skill a {\n}\nskill b {\n}\ncredential c {\n  skills a, b, a,\n  skills b\n}\n";
            var result = Check.Text(text);
            Assert.Empty(Check.Compiler(text));
            Assert.Equal(new[] { "a", "b" }, result.Model.Credentials.Single().Skills.Select(s => s.Id));
        }

        [Fact]
        public void A_property_with_a_reported_value_is_marked_invalid_but_keeps_its_good_references()
        {
            var result = Check.Text("persona grad {\n}\ncredential c {\n  for grad, gradd\n}\n");
            var credential = result.Model.Credentials.Single();
            Assert.True(credential.IsInvalid("for"));
            Assert.Equal("grad", credential.For.Single().Id);
            Assert.True(result.Model.IsUsed(result.Model.Personas.Single()));
        }

        [Fact]
        public void The_model_answers_the_derived_facts()
        {
            var text = string.Join("\n",
                "category comm {\n  type soft\n}",
                "category data {\n  type technical\n}",
                "skill talk {\n  category comm\n  half-life 1y\n  reviewed 2024-02-29\n}",
                "skill sql {\n  category data, comm\n}",
                "recognizer acme {\n  endorses c2\n}",
                "credential c1 {\n  skills talk\n}",
                "credential c2 {\n  skills sql\n}",
                "pathway p {\n  steps c1, c2\n}", "");
            var model = Check.Text(text).Model;
            var talk = model.Skills.First(s => s.Id == "talk");
            var sql = model.Skills.First(s => s.Id == "sql");
            Assert.True(talk.IsSoft);
            Assert.False(talk.IsTechnical);
            Assert.Equal(new[] { CategoryType.Technical, CategoryType.Soft }, sql.Types);
            Assert.Equal(new DateTime(2025, 2, 28), talk.ExpiresOn);
            Assert.False(talk.IsExpiredOn(new DateTime(2025, 2, 28)));
            Assert.True(talk.IsExpiredOn(new DateTime(2025, 3, 1)));

            var c1 = model.Credentials.First(c => c.Id == "c1");
            var c2 = model.Credentials.First(c => c.Id == "c2");
            Assert.False(c1.IsRecognized);
            Assert.True(c2.IsRecognized);
            Assert.Equal("acme", c2.EndorsedBy.Single().Id);
            Assert.Equal("p", c1.Pathways.Single().Id);
            Assert.True(model.IsUsed(model.Recognizers.Single()));
            Assert.True(model.IsUsed(model.Categories.First()));
        }

        [Fact]
        public void Half_life_in_months_adds_months()
        {
            var model = Check.Text("skill s {\n  half-life 18mo\n  reviewed 2025-08-31\n}\n").Model;
            Assert.Equal(new DateTime(2027, 2, 28), model.Skills.Single().ExpiresOn);
        }

        [Fact]
        public void The_eu_elements_bind_to_the_model()
        {
            var text = "issuer i {\n  country \"NL\"\n  email \"badges@example.org\"\n}\ncredential c {\n  issuer i\n  criteria \"Build it\"\n  url \"https://example.org/c\"\n  achievement-type certificate\n  workload 5ects\n  level eqf-6\n  assessment \"Exam\"\n  participation onsite\n  quality-assurance \"Board\"\n}\n";
            var result = Check.Text(text);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("MCR000"));
            var credential = Assert.Single(result.Model.Credentials);
            Assert.Equal(("NL", "badges@example.org"), (credential.Issuer!.Country, credential.Issuer.Email));
            Assert.Equal((Model.AchievementKind.Certificate, 5, Model.WorkloadUnit.Ects, 6, Model.ParticipationMode.Onsite), (credential.AchievementType, credential.Workload!.Value.Amount, credential.Workload.Value.Unit, credential.Level, credential.Participation));
            Assert.Equal(("Build it", "https://example.org/c", "Exam", "Board"), (credential.Criteria, credential.Url, credential.Assessment, credential.QualityAssurance));
        }
    }
}
