using System;
using System.Collections.Generic;
using System.Globalization;
using Mcred.Diagnostics;

namespace Mcred.Rules
{
    /// <summary>The <c>mcred_*</c> options of one file, with the contract's defaults where unset or invalid (invalid ones are MCR0007).</summary>
    public sealed class McredRuleOptions
    {
        public const string WhyMaxLengthKey = "mcred_why_max_length";
        public const string MinSkillsKey = "mcred_min_skills_per_credential";
        public const string PersonaMinWordsKey = "mcred_persona_min_words";
        public const string TodayKey = "mcred_today";
        public const string WhyMinWordsKey = "mcred_why_min_words";
        public const string MinEssentialCoverageKey = "mcred_min_essential_coverage";

        public static readonly RuleOption WhyMaxLength = new RuleOption(WhyMaxLengthKey, "280", "The longest why statement, in user-perceived characters.");
        public static readonly RuleOption MinSkills = new RuleOption(MinSkillsKey, "2", "The fewest skills a credential may bundle.");
        public static readonly RuleOption PersonaMinWords = new RuleOption(PersonaMinWordsKey, "5", "The fewest words a persona description may have.");
        public static readonly RuleOption WhyMinWords = new RuleOption(WhyMinWordsKey, "5", "The fewest words a why statement may have.");
        public static readonly RuleOption MinEssentialCoverage = new RuleOption(MinEssentialCoverageKey, "50", "The smallest share (percent, 1 to 100) of an occupation's essential skills a credential or pathway that prepares for it must cover.");
        public static readonly RuleOption Today = new RuleOption(TodayKey, "the local date", "The date expiry is checked against (YYYY-MM-DD), for reproducible runs.");

        /// <summary>
        /// The shape of every built-in option's value, read by the options below and by MCR0007's validator, so a
        /// new option cannot be parsed without being validated (an option missing here fails the configuration tests).
        /// </summary>
        internal static readonly IReadOnlyDictionary<string, OptionShape> Shapes = new Dictionary<string, OptionShape>(StringComparer.Ordinal)
        {
            [WhyMaxLengthKey] = OptionShape.PositiveInt,
            [MinSkillsKey] = OptionShape.PositiveInt,
            [PersonaMinWordsKey] = OptionShape.PositiveInt,
            [WhyMinWordsKey] = OptionShape.PositiveInt,
            [MinEssentialCoverageKey] = OptionShape.Percent,
            [TodayKey] = OptionShape.Date,
        };

        internal McredRuleOptions(IOptionSource source, DateTime defaultToday)
        {
            Source = source;
            WhyMaxLengthValue = Number(source, WhyMaxLengthKey, 280);
            MinSkillsPerCredential = Number(source, MinSkillsKey, 2);
            PersonaMinWordsValue = Number(source, PersonaMinWordsKey, 5);
            WhyMinWordsValue = Number(source, WhyMinWordsKey, 5);
            MinEssentialCoverageValue = Number(source, MinEssentialCoverageKey, 50);
            TodayValue = source.TryGetValue(TodayKey, out var text) && TryParseDate(text, out var date) ? date : defaultToday.Date;
        }

        public int WhyMaxLengthValue { get; }
        public int MinSkillsPerCredential { get; }
        public int PersonaMinWordsValue { get; }
        public int WhyMinWordsValue { get; }

        /// <summary><c>mcred_min_essential_coverage</c>: a percentage from 1 to 100.</summary>
        public int MinEssentialCoverageValue { get; }

        /// <summary><c>mcred_today</c>, else the local date of the machine running the check.</summary>
        public DateTime TodayValue { get; }

        /// <summary>The raw option source, for custom rules with options of their own.</summary>
        internal IOptionSource Source { get; }

        public static bool TryParsePositiveInt(string text, out int value) =>
            int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

        /// <summary>A whole percentage from 1 to 100.</summary>
        public static bool TryParsePercent(string text, out int value) => TryParsePositiveInt(text, out value) && value <= 100;

        public static bool TryParseDate(string text, out DateTime date) =>
            DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        /// <summary>True when <paramref name="text"/> is a valid value of that shape.</summary>
        internal static bool IsValid(OptionShape shape, string text) => shape switch
        {
            OptionShape.PositiveInt => TryParsePositiveInt(text, out _),
            OptionShape.Percent => TryParsePercent(text, out _),
            _ => TryParseDate(text, out _),
        };

        /// <summary>What a value of that shape must be, for MCR0007's message.</summary>
        internal static string Expectation(OptionShape shape) => shape switch
        {
            OptionShape.PositiveInt => "a positive whole number",
            OptionShape.Percent => "a whole percentage from 1 to 100",
            _ => "a date YYYY-MM-DD",
        };

        /// <summary>A numeric option's value; an invalid one (MCR0007) falls back to the default, as an unset one does.</summary>
        private static int Number(IOptionSource source, string key, int fallback) =>
            source.TryGetValue(key, out var text) && IsValid(Shapes[key], text) ? int.Parse(text.Trim(), CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The kinds of value a built-in option takes.</summary>
    internal enum OptionShape
    {
        PositiveInt,
        Percent,
        Date,
    }

    /// <summary>Configuration values of one file: keys lower-case, as Roslyn's AnalyzerConfig hands them out.</summary>
    internal interface IOptionSource
    {
        bool TryGetValue(string key, out string value);
    }

    /// <summary>An option source with nothing set.</summary>
    internal sealed class EmptyOptionSource : IOptionSource
    {
        public static readonly EmptyOptionSource Instance = new EmptyOptionSource();

        public bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }
    }
}
