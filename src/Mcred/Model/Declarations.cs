using System;
using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>A category's <c>type</c>; in the order of <see cref="PropertySchema.CategoryTypes"/>.</summary>
    public enum CategoryType
    {
        Soft,
        Technical,
        Certification,
    }

    /// <summary>A recognizer's <c>kind</c>; in the order of <see cref="PropertySchema.RecognizerKinds"/>.</summary>
    public enum RecognizerKind
    {
        Employer,
        Association,
        Institution,
        LicensingBody,
        Community,
    }

    /// <summary>A credential's <c>achievement-type</c>; in the order of <see cref="PropertySchema.AchievementTypes"/>.</summary>
    public enum AchievementKind
    {
        Badge,
        MicroCredential,
        Certificate,
        Certification,
    }

    /// <summary>A credential's <c>participation</c>; in the order of <see cref="PropertySchema.ParticipationModes"/>.</summary>
    public enum ParticipationMode
    {
        Online,
        Onsite,
        Blended,
    }

    public enum WorkloadUnit
    {
        /// <summary>ECTS credits (European Credit Transfer and Accumulation System).</summary>
        Ects,
        Hours,
    }

    /// <summary>A credential's notional workload: <c>5ects</c> or <c>120h</c>.</summary>
    public readonly struct Workload
    {
        public Workload(int amount, WorkloadUnit unit)
        {
            Amount = amount;
            Unit = unit;
        }

        public int Amount { get; }
        public WorkloadUnit Unit { get; }

        public override string ToString() => Amount + (Unit == WorkloadUnit.Ects ? "ects" : "h");
    }

    /// <summary>A skill's half-life: a number of years or months.</summary>
    public readonly struct HalfLife
    {
        public HalfLife(int amount, bool inMonths)
        {
            Amount = amount;
            InMonths = inMonths;
        }

        public int Amount { get; }
        public bool InMonths { get; }

        /// <summary>Adds the half-life as .NET does (29 Feb + 1y = 28 Feb); null when the date would leave the calendar.</summary>
        public DateTime? AddTo(DateTime date)
        {
            try
            {
                return InMonths ? date.AddMonths(Amount) : date.AddYears(Amount);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        public override string ToString() => Amount + (InMonths ? "mo" : "y");
    }

    /// <summary><c>aligns FRAMEWORK "code-or-uri"</c>.</summary>
    public sealed class Alignment
    {
        internal Alignment(string framework, string code)
        {
            Framework = framework;
            Code = code;
        }

        public string Framework { get; }
        public string Code { get; }
    }

    public sealed class Issuer : McredDeclaration
    {
        internal Issuer(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Issuer;
        public IReadOnlyList<string> Values { get; internal set; } = Array.Empty<string>();
        public IReadOnlyList<string> Partners { get; internal set; } = Array.Empty<string>();
        public string? Url { get; internal set; }

        /// <summary>ISO 3166-1 alpha-2 code of the country the issuer is established in.</summary>
        public string? Country { get; internal set; }

        public string? Email { get; internal set; }
    }

    public sealed class Persona : McredDeclaration
    {
        internal Persona(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Persona;
        public string? Description { get; internal set; }
        public IReadOnlyList<string> Goals { get; internal set; } = Array.Empty<string>();
    }

    public sealed class Recognizer : McredDeclaration
    {
        internal Recognizer(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Recognizer;

        /// <summary>What kind of organization recognizes the credentials; null when not given.</summary>
        public RecognizerKind? RecognizerKind { get; internal set; }

        public IReadOnlyList<string> Outcomes { get; internal set; } = Array.Empty<string>();
        public IReadOnlyList<Credential> Endorses { get; internal set; } = Array.Empty<Credential>();
    }

    public sealed class Category : McredDeclaration
    {
        internal Category(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Category;
        public CategoryType? Type { get; internal set; }
        public string? Description { get; internal set; }
    }

    public sealed class Skill : McredDeclaration
    {
        internal Skill(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Skill;
        public IReadOnlyList<Category> Categories { get; internal set; } = Array.Empty<Category>();
        public string? Why { get; internal set; }
        public HalfLife? HalfLife { get; internal set; }
        public DateTime? Reviewed { get; internal set; }
        public IReadOnlyList<string> Tools { get; internal set; } = Array.Empty<string>();
        public IReadOnlyList<Alignment> Alignments { get; internal set; } = Array.Empty<Alignment>();

        /// <summary>The types of the skill's categories.</summary>
        public IEnumerable<CategoryType> Types
        {
            get
            {
                var seen = new HashSet<CategoryType>();
                foreach (var category in Categories)
                {
                    if (category.Type is CategoryType type && seen.Add(type))
                    {
                        yield return type;
                    }
                }
            }
        }

        /// <summary>
        /// Whether the skill is known to have <paramref name="type"/>: true when one of its categories is known to have
        /// it; false when its <c>category</c> is known and every category is known with a known type, none of them it;
        /// null (unknown) otherwise: a category reference or a category's <c>type</c> was an error, or a category has a
        /// syntax error.
        /// </summary>
        public bool? KnownToHaveType(CategoryType type)
        {
            var unknown = IsInvalid(PropertyNames.Category) || HasBrokenReference(PropertyNames.Category);
            foreach (var category in Categories)
            {
                if (category.Type == type)
                {
                    return true;
                }

                unknown |= category.IsInvalid(PropertyNames.Type);
            }

            return unknown ? (bool?)null : false;
        }

        public bool IsSoft => HasType(CategoryType.Soft);
        public bool IsTechnical => HasType(CategoryType.Technical);

        /// <summary><c>reviewed + half-life</c>; null when either is missing.</summary>
        public DateTime? ExpiresOn => Reviewed is DateTime reviewed && HalfLife is HalfLife halfLife ? halfLife.AddTo(reviewed) : null;

        /// <summary>Expired when the expiry date is before <paramref name="today"/>; expiring today is not expired.</summary>
        public bool IsExpiredOn(DateTime today) => ExpiresOn is DateTime expires && expires < today.Date;

        public bool HasType(CategoryType type)
        {
            foreach (var category in Categories)
            {
                if (category.Type == type)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public sealed class Credential : McredDeclaration
    {
        internal Credential(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Credential;
        public Issuer? Issuer { get; internal set; }
        public IReadOnlyList<Persona> For { get; internal set; } = Array.Empty<Persona>();
        public IReadOnlyList<Recognizer> RecognizedBy { get; internal set; } = Array.Empty<Recognizer>();
        public IReadOnlyList<Skill> Skills { get; internal set; } = Array.Empty<Skill>();

        /// <summary>How many skill references resolved, counting skills whose declaration has a syntax error.</summary>
        public int SkillCount { get; internal set; }

        public string? Description { get; internal set; }

        /// <summary>What a learner must do to earn it (Open Badges criteria narrative).</summary>
        public string? Criteria { get; internal set; }

        /// <summary>The credential's public page.</summary>
        public string? Url { get; internal set; }

        public AchievementKind? AchievementType { get; internal set; }
        public Workload? Workload { get; internal set; }

        /// <summary>The European Qualifications Framework level, 1 to 8.</summary>
        public int? Level { get; internal set; }

        /// <summary>The type of assessment.</summary>
        public string? Assessment { get; internal set; }

        public ParticipationMode? Participation { get; internal set; }

        /// <summary>How the credential's quality is assured.</summary>
        public string? QualityAssurance { get; internal set; }

        /// <summary>The occupations the credential prepares for.</summary>
        public IReadOnlyList<Occupation> PreparesFor { get; internal set; } = Array.Empty<Occupation>();

        /// <summary>Recognizers whose <c>endorses</c> lists this credential.</summary>
        public IReadOnlyList<Recognizer> EndorsedBy { get; internal set; } = Array.Empty<Recognizer>();

        /// <summary>Pathways whose steps include this credential.</summary>
        public IReadOnlyList<Pathway> Pathways { get; internal set; } = Array.Empty<Pathway>();

        /// <summary>Recognized when it lists <c>recognized-by</c> or some recognizer endorses it.</summary>
        public bool IsRecognized { get; internal set; }

        /// <summary>
        /// Whether one of the credential's skills is known to have <paramref name="type"/>: null (unknown) when its
        /// <c>skills</c> was an error, or no skill is known to have it while a skill has a syntax error or an unknown type.
        /// </summary>
        public bool? KnownToHaveSkillOfType(CategoryType type)
        {
            if (IsInvalid(PropertyNames.Skills))
            {
                return null;
            }

            var unknown = HasBrokenReference(PropertyNames.Skills);
            foreach (var skill in Skills)
            {
                var known = skill.KnownToHaveType(type);
                if (known == true)
                {
                    return true;
                }

                unknown |= known == null;
            }

            return unknown ? (bool?)null : false;
        }

        /// <summary>Yes, no, or unknown (null) while a syntax error or an error in its skills hides the answer: as MCR1003 judges.</summary>
        public bool? HasSoftSkill => KnownToHaveSkillOfType(CategoryType.Soft);

        /// <summary>Yes, no, or unknown (null) while a syntax error or an error in its skills hides the answer: as MCR1004 judges.</summary>
        public bool? HasTechnicalSkill => KnownToHaveSkillOfType(CategoryType.Technical);
    }

    public sealed class Pathway : McredDeclaration
    {
        internal Pathway(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Pathway;
        public IReadOnlyList<Persona> For { get; internal set; } = Array.Empty<Persona>();
        public IReadOnlyList<Credential> Steps { get; internal set; } = Array.Empty<Credential>();

        /// <summary>The occupations the pathway prepares for.</summary>
        public IReadOnlyList<Occupation> PreparesFor { get; internal set; } = Array.Empty<Occupation>();
    }

    /// <summary>
    /// An occupation and the skills it requires: labour-market evidence (typically imported from ESCO), not part of the
    /// plan. Its <c>essential</c> and <c>optional</c> lists are not uses of those skills, and it is never unused.
    /// </summary>
    public sealed class Occupation : McredDeclaration
    {
        internal Occupation(SyntaxFile file, DeclarationSyntax syntax) : base(file, syntax) { }
        public override DeclarationKind Kind => DeclarationKind.Occupation;
        public IReadOnlyList<Alignment> Alignments { get; internal set; } = Array.Empty<Alignment>();

        /// <summary>The skills the occupation requires, in the occupation's order.</summary>
        public IReadOnlyList<Skill> Essential { get; internal set; } = Array.Empty<Skill>();

        public IReadOnlyList<Skill> Optional { get; internal set; } = Array.Empty<Skill>();
    }

    internal static class ListExtensions
    {
        public static bool Exists<T>(this IReadOnlyList<T> list, Func<T, bool> predicate)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (predicate(list[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
