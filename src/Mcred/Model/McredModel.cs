using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>
    /// The checked model of a workspace: the first well-formed declaration of every ID, in workspace order, with
    /// references resolved and derived facts answered. Immutable once the binder hands it out.
    /// </summary>
    public sealed class McredModel
    {
        private readonly HashSet<McredDeclaration> _used;
        private readonly bool[] _kindsWithSyntaxErrors;
        private readonly Dictionary<string, McredDeclaration>[] _primary;
        private readonly HashSet<string>[] _broken;
        private HashSet<(DeclarationKind, string)>? _unknownProperties;

        internal McredModel(
            IReadOnlyList<SyntaxFile> files,
            List<McredDeclaration> declarations,
            List<McredDeclaration> duplicates,
            HashSet<McredDeclaration> used,
            bool[] kindsWithSyntaxErrors,
            Dictionary<string, McredDeclaration>[] primary,
            HashSet<string>[] broken)
        {
            _primary = primary;
            _broken = broken;
            _kindsWithSyntaxErrors = kindsWithSyntaxErrors;
            Files = files;
            Declarations = declarations;
            Duplicates = duplicates;
            _used = used;
            Issuers = OfType<Issuer>(declarations);
            Personas = OfType<Persona>(declarations);
            Recognizers = OfType<Recognizer>(declarations);
            Categories = OfType<Category>(declarations);
            Skills = OfType<Skill>(declarations);
            Credentials = OfType<Credential>(declarations);
            Pathways = OfType<Pathway>(declarations);
            Occupations = OfType<Occupation>(declarations);
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
        public bool IsUsed(McredDeclaration declaration) => _used.Contains(declaration);

        /// <summary>
        /// True when some declaration of <paramref name="kind"/> has a syntax error, or some declaration's kind is unknown
        /// (<c>skil s1 {</c> could have been of any kind). Rules whose verdict on one declaration depends on every
        /// declaration of a kind stay silent while this is true.
        /// </summary>
        public bool HasSyntaxErrors(DeclarationKind kind) => _kindsWithSyntaxErrors[(int)kind];

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
        internal McredDeclaration? Primary(DeclarationKind kind, string id) => _primary[(int)kind].TryGetValue(id, out var d) ? d : null;

        /// <summary>True when a declaration of the kind and ID has a syntax error (references to it resolve to nothing rules read).</summary>
        internal bool IsBroken(DeclarationKind kind, string id) => _broken[(int)kind].Contains(id);

        /// <summary>True when both models agree on every kind-wide fact rules may read (syntax errors per kind, unknown properties).</summary>
        internal bool HasSameKindWideFacts(McredModel other)
        {
            for (var k = 0; k < _kindsWithSyntaxErrors.Length; k++)
            {
                if (_kindsWithSyntaxErrors[k] != other._kindsWithSyntaxErrors[k])
                {
                    return false;
                }
            }

            return UnknownProperties.SetEquals(other.UnknownProperties);
        }

        private HashSet<(DeclarationKind, string)> UnknownProperties =>
            System.Threading.LazyInitializer.EnsureInitialized(ref _unknownProperties, CollectUnknownProperties)!;

        /// <summary>True when some declaration of <paramref name="kind"/> (duplicates included) has <paramref name="property"/> unknown.</summary>
        public bool IsUnknownAnywhere(DeclarationKind kind, string property) => UnknownProperties.Contains((kind, property));

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

        private static IReadOnlyList<T> OfType<T>(List<McredDeclaration> all)
            where T : McredDeclaration
        {
            var list = new List<T>();
            foreach (var d in all)
            {
                if (d is T t)
                {
                    list.Add(t);
                }
            }

            return list;
        }
    }
}
