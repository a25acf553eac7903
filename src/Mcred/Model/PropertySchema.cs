using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>The form a property's values must have.</summary>
    internal enum ValueShape
    {
        Text,
        Url,
        Enum,
        Reference,
        Date,
        Duration,
        Tagged,

        /// <summary><c>5ects</c> or <c>120h</c>.</summary>
        Workload,

        /// <summary>An ISO 3166-1 alpha-2 country code in quotes: two upper-case letters.</summary>
        Country,

        /// <summary>An e-mail address in quotes.</summary>
        Email,
    }

    /// <summary>One property of a declaration kind: name, form, cardinality, and for references the kind they name.</summary>
    internal sealed class PropertySpec
    {
        internal PropertySpec(string name, ValueShape shape, bool multi, DeclarationKind target = default, string[]? enumValues = null)
        {
            Name = name;
            Shape = shape;
            IsMultiValued = multi;
            Target = target;
            EnumValues = enumValues ?? System.Array.Empty<string>();
        }

        public string Name { get; }
        public ValueShape Shape { get; }

        /// <summary>0..n: may repeat and take a list. Otherwise 0..1: once, one value.</summary>
        public bool IsMultiValued { get; }

        /// <summary>For <see cref="ValueShape.Reference"/>: the kind the IDs must name.</summary>
        public DeclarationKind Target { get; }

        public IReadOnlyList<string> EnumValues { get; }
    }

    /// <summary>Which properties each kind takes, in the order the contract lists them (fmt writes them in this order).</summary>
    internal static class PropertySchema
    {
        public static readonly string[] RecognizerKinds = { "employer", "association", "institution", "licensing-body", "community" };
        public static readonly string[] CategoryTypes = { "soft", "technical", "certification" };
        public static readonly string[] AchievementTypes = { "badge", "micro-credential", "certificate", "certification" };
        public static readonly string[] Levels = { "eqf-1", "eqf-2", "eqf-3", "eqf-4", "eqf-5", "eqf-6", "eqf-7", "eqf-8" };
        public static readonly string[] ParticipationModes = { "online", "onsite", "blended" };

        private static readonly PropertySpec[][] ByKind =
        {
            new[] // issuer
            {
                new PropertySpec(PropertyNames.Value, ValueShape.Text, multi: true),
                new PropertySpec(PropertyNames.Partner, ValueShape.Text, multi: true),
                new PropertySpec(PropertyNames.Url, ValueShape.Url, multi: false),
                new PropertySpec(PropertyNames.Country, ValueShape.Country, multi: false),
                new PropertySpec(PropertyNames.Email, ValueShape.Email, multi: false),
            },
            new[] // persona
            {
                new PropertySpec(PropertyNames.Description, ValueShape.Text, multi: false),
                new PropertySpec(PropertyNames.Goal, ValueShape.Text, multi: true),
            },
            new[] // recognizer
            {
                new PropertySpec(PropertyNames.Kind, ValueShape.Enum, multi: false, enumValues: RecognizerKinds),
                new PropertySpec(PropertyNames.Outcome, ValueShape.Text, multi: true),
                new PropertySpec(PropertyNames.Endorses, ValueShape.Reference, multi: true, target: DeclarationKind.Credential),
            },
            new[] // category
            {
                new PropertySpec(PropertyNames.Type, ValueShape.Enum, multi: false, enumValues: CategoryTypes),
                new PropertySpec(PropertyNames.Description, ValueShape.Text, multi: false),
            },
            new[] // skill
            {
                new PropertySpec(PropertyNames.Category, ValueShape.Reference, multi: true, target: DeclarationKind.Category),
                new PropertySpec(PropertyNames.Why, ValueShape.Text, multi: false),
                new PropertySpec(PropertyNames.HalfLife, ValueShape.Duration, multi: false),
                new PropertySpec(PropertyNames.Reviewed, ValueShape.Date, multi: false),
                new PropertySpec(PropertyNames.Tool, ValueShape.Text, multi: true),
                new PropertySpec(PropertyNames.Aligns, ValueShape.Tagged, multi: true),
            },
            new[] // credential
            {
                new PropertySpec(PropertyNames.Issuer, ValueShape.Reference, multi: false, target: DeclarationKind.Issuer),
                new PropertySpec(PropertyNames.For, ValueShape.Reference, multi: true, target: DeclarationKind.Persona),
                new PropertySpec(PropertyNames.RecognizedBy, ValueShape.Reference, multi: true, target: DeclarationKind.Recognizer),
                new PropertySpec(PropertyNames.Skills, ValueShape.Reference, multi: true, target: DeclarationKind.Skill),
                new PropertySpec(PropertyNames.Description, ValueShape.Text, multi: false),
                new PropertySpec(PropertyNames.Criteria, ValueShape.Text, multi: false),
                new PropertySpec(PropertyNames.Url, ValueShape.Url, multi: false),
                new PropertySpec(PropertyNames.AchievementType, ValueShape.Enum, multi: false, enumValues: AchievementTypes),
                new PropertySpec(PropertyNames.Workload, ValueShape.Workload, multi: false),
                new PropertySpec(PropertyNames.Level, ValueShape.Enum, multi: false, enumValues: Levels),
                new PropertySpec(PropertyNames.Assessment, ValueShape.Text, multi: false),
                new PropertySpec(PropertyNames.Participation, ValueShape.Enum, multi: false, enumValues: ParticipationModes),
                new PropertySpec(PropertyNames.QualityAssurance, ValueShape.Text, multi: false),
                new PropertySpec(PropertyNames.PreparesFor, ValueShape.Reference, multi: true, target: DeclarationKind.Occupation),
            },
            new[] // pathway
            {
                new PropertySpec(PropertyNames.For, ValueShape.Reference, multi: true, target: DeclarationKind.Persona),
                new PropertySpec(PropertyNames.Steps, ValueShape.Reference, multi: true, target: DeclarationKind.Credential),
                new PropertySpec(PropertyNames.PreparesFor, ValueShape.Reference, multi: true, target: DeclarationKind.Occupation),
            },
            new[] // occupation
            {
                new PropertySpec(PropertyNames.Aligns, ValueShape.Tagged, multi: true),
                new PropertySpec(PropertyNames.Essential, ValueShape.Reference, multi: true, target: DeclarationKind.Skill),
                new PropertySpec(PropertyNames.Optional, ValueShape.Reference, multi: true, target: DeclarationKind.Skill),
            },
        };

        public static IReadOnlyList<PropertySpec> For(DeclarationKind kind) => ByKind[(int)kind];

        /// <summary>The (kind, ID) of every identifier in a declaration's reference properties, in order.</summary>
        internal static (DeclarationKind, string)[] ReferenceKeys(DeclarationSyntax syntax)
        {
            List<(DeclarationKind, string)>? keys = null;
            foreach (var property in syntax.Properties)
            {
                if (Find(syntax.Kind, property.Name) is PropertySpec spec && spec.Shape == ValueShape.Reference)
                {
                    foreach (var value in property.Values)
                    {
                        if (value.Kind == ValueKind.Identifier)
                        {
                            (keys ??= new List<(DeclarationKind, string)>()).Add((spec.Target, value.Text));
                        }
                    }
                }
            }

            return keys == null ? System.Array.Empty<(DeclarationKind, string)>() : keys.ToArray();
        }

        /// <summary>True when some property of <paramref name="kind"/> references declarations of <paramref name="target"/>.</summary>
        internal static bool References(DeclarationKind kind, DeclarationKind target)
        {
            foreach (var spec in For(kind))
            {
                if (spec.Shape == ValueShape.Reference && spec.Target == target)
                {
                    return true;
                }
            }

            return false;
        }

        public static PropertySpec? Find(DeclarationKind kind, string name)
        {
            var index = OrderOf(kind, name);
            var specs = ByKind[(int)kind];
            return index < specs.Length ? specs[index] : null;
        }

        /// <summary>Position of a property in the canonical order; unknown properties sort last.</summary>
        public static int OrderOf(DeclarationKind kind, string name)
        {
            var specs = ByKind[(int)kind];
            for (var i = 0; i < specs.Length; i++)
            {
                if (specs[i].Name == name)
                {
                    return i;
                }
            }

            return specs.Length;
        }
    }
}
