using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Binding
{
    /// <summary>The form a property's values must have.</summary>
    public enum ValueShape
    {
        Text,
        Url,
        Enum,
        Reference,
        Date,
        Duration,
        Tagged,
    }

    /// <summary>One property of a declaration kind: name, form, cardinality, and for references the kind they name.</summary>
    public sealed class PropertySpec
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
    public static class PropertySchema
    {
        public static readonly string[] RecognizerKinds = { "employer", "association", "institution", "licensing-body", "community" };
        public static readonly string[] CategoryTypes = { "soft", "technical", "certification" };

        private static readonly PropertySpec[][] ByKind =
        {
            new[] // issuer
            {
                new PropertySpec("value", ValueShape.Text, multi: true),
                new PropertySpec("partner", ValueShape.Text, multi: true),
                new PropertySpec("url", ValueShape.Url, multi: false),
            },
            new[] // persona
            {
                new PropertySpec("description", ValueShape.Text, multi: false),
                new PropertySpec("goal", ValueShape.Text, multi: true),
            },
            new[] // recognizer
            {
                new PropertySpec("kind", ValueShape.Enum, multi: false, enumValues: RecognizerKinds),
                new PropertySpec("outcome", ValueShape.Text, multi: true),
                new PropertySpec("endorses", ValueShape.Reference, multi: true, target: DeclarationKind.Credential),
            },
            new[] // category
            {
                new PropertySpec("type", ValueShape.Enum, multi: false, enumValues: CategoryTypes),
                new PropertySpec("description", ValueShape.Text, multi: false),
            },
            new[] // skill
            {
                new PropertySpec("category", ValueShape.Reference, multi: true, target: DeclarationKind.Category),
                new PropertySpec("why", ValueShape.Text, multi: false),
                new PropertySpec("half-life", ValueShape.Duration, multi: false),
                new PropertySpec("reviewed", ValueShape.Date, multi: false),
                new PropertySpec("tool", ValueShape.Text, multi: true),
                new PropertySpec("aligns", ValueShape.Tagged, multi: true),
            },
            new[] // credential
            {
                new PropertySpec("issuer", ValueShape.Reference, multi: false, target: DeclarationKind.Issuer),
                new PropertySpec("for", ValueShape.Reference, multi: true, target: DeclarationKind.Persona),
                new PropertySpec("recognized-by", ValueShape.Reference, multi: true, target: DeclarationKind.Recognizer),
                new PropertySpec("skills", ValueShape.Reference, multi: true, target: DeclarationKind.Skill),
                new PropertySpec("description", ValueShape.Text, multi: false),
            },
            new[] // pathway
            {
                new PropertySpec("for", ValueShape.Reference, multi: true, target: DeclarationKind.Persona),
                new PropertySpec("steps", ValueShape.Reference, multi: true, target: DeclarationKind.Credential),
            },
        };

        public static IReadOnlyList<PropertySpec> For(DeclarationKind kind) => ByKind[(int)kind];

        public static PropertySpec? Find(DeclarationKind kind, string name)
        {
            foreach (var spec in ByKind[(int)kind])
            {
                if (spec.Name == name)
                {
                    return spec;
                }
            }

            return null;
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
