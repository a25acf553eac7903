namespace Mcred.Model
{
    /// <summary>
    /// Every property name of the language, once. The schema, the binder, the rules and the formatter name properties
    /// through these constants, so a misspelt property is a compile error rather than a silent zero.
    /// </summary>
    public static class PropertyNames
    {
        public const string Value = "value";
        public const string Partner = "partner";
        public const string Url = "url";
        public const string Description = "description";
        public const string Goal = "goal";
        public const string Kind = "kind";
        public const string Outcome = "outcome";
        public const string Endorses = "endorses";
        public const string Type = "type";
        public const string Category = "category";
        public const string Why = "why";
        public const string HalfLife = "half-life";
        public const string Reviewed = "reviewed";
        public const string Tool = "tool";
        public const string Aligns = "aligns";
        public const string Issuer = "issuer";
        public const string For = "for";
        public const string RecognizedBy = "recognized-by";
        public const string Skills = "skills";
        public const string Steps = "steps";
        public const string Country = "country";
        public const string Email = "email";
        public const string Criteria = "criteria";
        public const string AchievementType = "achievement-type";
        public const string Workload = "workload";
        public const string Level = "level";
        public const string Assessment = "assessment";
        public const string Participation = "participation";
        public const string QualityAssurance = "quality-assurance";
        public const string PreparesFor = "prepares-for";
        public const string Essential = "essential";
        public const string Optional = "optional";
    }
}
