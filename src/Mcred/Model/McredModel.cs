using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>
    /// The checked model of a workspace: the first well-formed declaration of every ID, in workspace order, with
    /// references resolved and derived facts answered. Its lists never change once the binder hands it out; the
    /// declarations in them may be kept by the binder for the next check after an edit, and bound again in place.
    /// </summary>
    public sealed class McredModel
    {
        private readonly bool[] _kindsWithSyntaxErrors;
        private readonly System.Func<DeclarationKind, string, McredDeclaration?> _primary;
        private readonly HashSet<(DeclarationKind, string)> _unknownProperties;

        /// <summary>The binder's lists in workspace order; <c>primary</c> is its lookup of the first well-formed declaration of an ID.</summary>
        internal McredModel(
            IReadOnlyList<SyntaxFile> files,
            List<McredDeclaration> declarations,
            List<McredDeclaration> duplicates,
            bool[] kindsWithSyntaxErrors,
            System.Func<DeclarationKind, string, McredDeclaration?> primary)
        {
            _kindsWithSyntaxErrors = kindsWithSyntaxErrors;
            _primary = primary;
            Files = files;
            Declarations = declarations;
            Duplicates = duplicates;
            var issuers = new List<Issuer>();
            var personas = new List<Persona>();
            var recognizers = new List<Recognizer>();
            var categories = new List<Category>();
            var skills = new List<Skill>();
            var credentials = new List<Credential>();
            var pathways = new List<Pathway>();
            var occupations = new List<Occupation>();
            foreach (var declaration in declarations)
            {
                switch (declaration)
                {
                    case Issuer d: issuers.Add(d); break;
                    case Persona d: personas.Add(d); break;
                    case Recognizer d: recognizers.Add(d); break;
                    case Category d: categories.Add(d); break;
                    case Skill d: skills.Add(d); break;
                    case Credential d: credentials.Add(d); break;
                    case Pathway d: pathways.Add(d); break;
                    case Occupation d: occupations.Add(d); break;
                }
            }

            Issuers = issuers;
            Personas = personas;
            Recognizers = recognizers;
            Categories = categories;
            Skills = skills;
            Credentials = credentials;
            Pathways = pathways;
            Occupations = occupations;

            // Now, not on first use: declarations kept across an edit are bound again in place, and a later
            // comparison of kind-wide facts must see this model's.
            _unknownProperties = CollectUnknownProperties();
        }

        /// <summary>The files of the workspace in workspace order.</summary>
        public IReadOnlyList<SyntaxFile> Files { get; }

        /// <summary>Every first well-formed declaration, in workspace order.</summary>
        public IReadOnlyList<McredDeclaration> Declarations { get; }

        /// <summary>Later declarations of an ID already declared (reported as MCR0003; they take part in no rule).</summary>
        public IReadOnlyList<McredDeclaration> Duplicates { get; }

        public IReadOnlyList<Issuer> Issuers { get; }
        public IReadOnlyList<Persona> Personas { get; }
        public IReadOnlyList<Recognizer> Recognizers { get; }
        public IReadOnlyList<Category> Categories { get; }
        public IReadOnlyList<Skill> Skills { get; }
        public IReadOnlyList<Credential> Credentials { get; }
        public IReadOnlyList<Pathway> Pathways { get; }

        /// <summary>Labour-market evidence (typically imported from ESCO): occupations and the skills they require.</summary>
        public IReadOnlyList<Occupation> Occupations { get; }


        /// <summary>
        /// True when a credential or pathway uses the declaration: a persona in <c>for</c>, an issuer in <c>issuer</c>,
        /// a skill in <c>skills</c>, a recognizer that recognizes or endorses a credential, a category some skill lists.
        /// </summary>
        public bool IsUsed(McredDeclaration declaration) => declaration.IsUsed;

        /// <summary>
        /// True when some declaration of <paramref name="kind"/> has a syntax error, or some declaration's kind is unknown
        /// (<c>skil s1 {</c> could have been of any kind). Rules whose verdict on one declaration depends on every
        /// declaration of a kind stay silent while this is true.
        /// </summary>
        public bool HasSyntaxErrors(DeclarationKind kind)
        {
            FactReads?.Add((kind, null));
            return _kindsWithSyntaxErrors[(int)kind];
        }

        /// <summary>
        /// While a built-in rule runs, the kind-wide facts it asks for: (kind, null) for <see cref="HasSyntaxErrors"/>,
        /// (kind, property) for <see cref="IsUnknownAnywhere"/>. A verdict follows the same path while the facts it read
        /// are the same, so after an edit that changes a kind-wide fact only the rules that read it judge everything.
        /// </summary>
        internal HashSet<(DeclarationKind Kind, string? Property)>? FactReads { get; set; }

        /// <summary>The declarations of one kind, in workspace order.</summary>
        internal IEnumerable<McredDeclaration> OfKind(DeclarationKind kind)
        {
            switch (kind)
            {
                case DeclarationKind.Issuer: return Issuers;
                case DeclarationKind.Persona: return Personas;
                case DeclarationKind.Recognizer: return Recognizers;
                case DeclarationKind.Category: return Categories;
                case DeclarationKind.Skill: return Skills;
                case DeclarationKind.Credential: return Credentials;
                case DeclarationKind.Pathway: return Pathways;
                default: return Occupations;
            }
        }

        /// <summary>The first well-formed declaration of an ID; null when there is none.</summary>
        internal McredDeclaration? Primary(DeclarationKind kind, string id) => _primary(kind, id);

        /// <summary>The kind-wide facts rules may read (as in <see cref="FactReads"/>) on which the two models differ.</summary>
        internal HashSet<(DeclarationKind Kind, string? Property)> ChangedKindWideFacts(McredModel other)
        {
            var changed = new HashSet<(DeclarationKind, string?)>();
            for (var k = 0; k < _kindsWithSyntaxErrors.Length; k++)
            {
                if (_kindsWithSyntaxErrors[k] != other._kindsWithSyntaxErrors[k])
                {
                    changed.Add(((DeclarationKind)k, null));
                }
            }

            foreach (var (kind, property) in _unknownProperties)
            {
                if (!other._unknownProperties.Contains((kind, property)))
                {
                    changed.Add((kind, property));
                }
            }

            foreach (var (kind, property) in other._unknownProperties)
            {
                if (!_unknownProperties.Contains((kind, property)))
                {
                    changed.Add((kind, property));
                }
            }

            return changed;
        }

        /// <summary>True when some declaration of <paramref name="kind"/> (duplicates included) has <paramref name="property"/> unknown.</summary>
        public bool IsUnknownAnywhere(DeclarationKind kind, string property)
        {
            FactReads?.Add((kind, property));
            return _unknownProperties.Contains((kind, property));
        }

        /// <summary>Every (kind, property) unknown somewhere: collected once, so rules may ask per declaration.</summary>
        private HashSet<(DeclarationKind, string)> CollectUnknownProperties()
        {
            var unknown = new HashSet<(DeclarationKind, string)>();
            foreach (var list in new[] { Declarations, Duplicates })
            {
                foreach (var declaration in list)
                {
                    foreach (var property in declaration.InvalidProperties)
                    {
                        unknown.Add((declaration.Kind, property));
                    }
                }
            }

            return unknown;
        }
    }
}
