using System;
using System.Linq;
using Mcred.Rules.BuiltIn;
using Xunit;

namespace Mcred.Tests.Rules
{
    public class RuleOptionTests
    {
        private static string Why(string text) => $"skill s {{\n  why \"{text}\"\n}}\n";

        [Theory]
        [InlineData(280, false)]
        [InlineData(281, true)]
        public void Why_limit_is_280_by_default(int length, bool reported) =>
            Assert.Equal(reported, Check.Text(Why(new string('a', length))).Diagnostics.Any(d => d.Id == "MCR1005"));

        [Fact]
        public void Why_limit_is_configurable_and_reported_on_the_value()
        {
            var result = Check.WithOptions(Why(new string('a', 11)), "mcred_why_max_length=10");
            Assert.Equal(new[] { "2:7" }, Check.Of(result, "MCR1005"));
        }

        [Theory]
        [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467", 1)] // family: ZWJ sequence
        [InlineData("\U0001F1EB\U0001F1F7", 1)]                       // flag: two regional indicators
        [InlineData("\U0001F44D\U0001F3FD", 1)]                       // thumbs up with skin tone
        [InlineData("e\u0301", 1)]                                    // e + combining acute
        [InlineData("\r\n", 1)]
        [InlineData("abc", 3)]
        public void Why_length_counts_user_perceived_characters(string text, int expected) =>
            Assert.Equal(expected, OverlongWhyRule.PerceivedLength(text));

        [Fact]
        public void Two_hundred_eighty_emoji_fit_and_two_hundred_eighty_one_do_not()
        {
            var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
            Assert.DoesNotContain(Check.Text(Why(string.Concat(Enumerable.Repeat(family, 280)))).Diagnostics, d => d.Id == "MCR1005");
            Assert.Contains(Check.Text(Why(string.Concat(Enumerable.Repeat(family, 281)))).Diagnostics, d => d.Id == "MCR1005");
        }

        [Fact]
        public void Min_skills_is_configurable()
        {
            const string text = "credential c {\n  skills a, b\n}\nskill a {\n}\nskill b {\n}\n";
            Assert.Empty(Check.Of(Check.Text(text), "MCR1002"));
            Assert.Equal(new[] { "1:12" }, Check.Of(Check.WithOptions(text, "mcred_min_skills_per_credential=3"), "MCR1002"));
        }

        [Fact]
        public void Persona_min_words_is_configurable_and_reported_on_the_description()
        {
            const string text = "persona p {\n  description \"Retail manager moving into analytics\"\n}\n";
            Assert.Empty(Check.Of(Check.Text(text), "MCR1007"));
            Assert.Equal(new[] { "2:15" }, Check.Of(Check.WithOptions(text, "mcred_persona_min_words=6"), "MCR1007"));
        }

        [Fact]
        public void Today_is_configurable_for_expiry()
        {
            const string text = "skill s {\n  half-life 1y\n  reviewed 2025-06-01\n}\n";
            Assert.Empty(Check.Of(Check.WithOptions(text, "mcred_today=2026-06-01"), "MCR1013"));
            Assert.Equal(new[] { "3:12" }, Check.Of(Check.WithOptions(text, "mcred_today=2026-06-02"), "MCR1013"));
        }

        [Fact]
        public void Invalid_option_values_fall_back_to_the_default()
        {
            var result = Check.WithOptions(Why(new string('a', 281)), "mcred_why_max_length=lots");
            Assert.Single(Check.Of(result, "MCR1005"));
        }

        [Theory]
        [InlineData("Problem-solving", "problem solving")]
        [InlineData("Time_Management", "time.management")]
        [InlineData("Teacher’s voice", "teachers voice")]
        [InlineData("Self\u2014management", "self management")]
        [InlineData("A, B", "ab")]
        public void Names_that_fold_equal(string a, string b) =>
            Assert.Equal(DuplicateSkillNameRule.Fold(a), DuplicateSkillNameRule.Fold(b));

        [Theory]
        [InlineData("C#", "C")]
        [InlineData("C++", "C")]
        [InlineData("R", "Rust")]
        public void Names_that_stay_different(string a, string b) =>
            Assert.NotEqual(DuplicateSkillNameRule.Fold(a), DuplicateSkillNameRule.Fold(b));

        [Fact]
        public void Duplicate_skill_name_is_reported_on_the_later_skill_in_workspace_order_naming_the_earlier()
        {
            var result = Check.Files(
                ("/ws/b.mcred", "skill one \"Data viz\" {\n}\n"),
                ("/ws/a/z.mcred", "\nskill two \"data-viz\" {\n}\n"));
            var d = Assert.Single(result.Diagnostics, x => x.Id == "MCR1017");
            Assert.Equal("/ws/b.mcred", d.Location.Path);
            Assert.Contains("skill 'two' (\"data-viz\") at line 2 of a/z.mcred", d.Message);
        }

        [Fact]
        public void Rules_work_the_same_on_crlf_files()
        {
            const string text = "skill s {\n  why \"short\"\n}\ncategory c {\n}\npersona p {\n  description \"too short\"\n}\n";
            Assert.Equal(Check.Where(text), Check.Where(text.Replace("\n", "\r\n")));
            Assert.Contains("MCR1007@7:15", Check.Where(text.Replace("\n", "\r\n")));
        }
    }
}
