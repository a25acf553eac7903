using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>A well-formed declaration of the checked model. Rules read these; they never re-parse.</summary>
    public abstract class McredDeclaration
    {
        private HashSet<string>? _invalidProperties;
        private Dictionary<string, List<string>>? _brokenReferences;
        private int[]? _valueCounts;

        internal McredDeclaration(SyntaxFile file, DeclarationSyntax syntax)
        {
            Id = syntax.Id!;
            File = file;
            Syntax = syntax;
            Name = NameOf(syntax, Id);
        }

        public abstract DeclarationKind Kind { get; }

        public string Id { get; }

        /// <summary>The display name, or the ID when there is none.</summary>
        public string Name { get; private set; }

        public SyntaxFile File { get; private set; }
        public DeclarationSyntax Syntax { get; private set; }

        /// <summary>Set by the binder: some credential, pathway, skill or recognizer uses the declaration (see <see cref="McredModel.IsUsed"/>).</summary>
        internal bool IsUsed { get; set; }

        /// <summary>What the binder reported on this declaration (MCR0002, MCR0004–MCR0006), kept until it is bound again.</summary>
        internal IReadOnlyList<McredDiagnostic> BinderDiagnostics { get; set; } = System.Array.Empty<McredDiagnostic>();

        /// <summary>
        /// Moves the declaration to the new text of its file after an edit, so everything that references it keeps
        /// referencing it; the binder then binds it again.
        /// </summary>
        internal void Rebase(SyntaxFile file, DeclarationSyntax syntax)
        {
            File = file;
            Syntax = syntax;
            Name = NameOf(syntax, Id);
        }

        /// <summary>Forgets what binding found, before the declaration is bound again.</summary>
        internal void ResetBinding()
        {
            _invalidProperties = null;
            _brokenReferences = null;
            _valueCounts = null;
            BinderDiagnostics = System.Array.Empty<McredDiagnostic>();
        }

        internal static string NameOf(DeclarationSyntax syntax, string id)
        {
            var display = syntax.DisplayName?.StringValue;
            return string.IsNullOrWhiteSpace(display) ? id : display!;
        }

        /// <summary>True for a later declaration of an ID already declared (MCR0003): it takes part in no rule.</summary>
        public bool IsDuplicate { get; internal set; }

        /// <summary>"skill 'data-viz'": how messages name the declaration.</summary>
        public string Display => $"{Kind.ToKeyword()} '{MessageText.Cut(Id)}'";

        /// <summary>The location of the declaration's ID, where whole-declaration rules report.</summary>
        public McredLocation Location => McredLocation.In(File.Path, File.Text, Syntax.IdSpan);

        /// <summary>
        /// True when a value of <paramref name="property"/> was reported as an error (MCR0002/4/5/6): rules that read
        /// the property stay silent on this declaration, so one mistake gives one diagnostic.
        /// </summary>
        public bool IsInvalid(string property) => _invalidProperties != null && _invalidProperties.Contains(property);

        /// <summary>The properties with a value reported as an error.</summary>
        internal IEnumerable<string> InvalidProperties => (IEnumerable<string>?)_invalidProperties ?? System.Array.Empty<string>();

        /// <summary>The first value of <paramref name="property"/>, for reporting on it; null when absent.</summary>
        public McredLocation? ValueLocation(string property)
        {
            foreach (var p in Syntax.Properties)
            {
                if (p.Name == property)
                {
                    return McredLocation.In(File.Path, File.Text, p.Values[0].Span);
                }
            }

            return null;
        }

        /// <summary>
        /// How many values of <paramref name="property"/> were accepted, counting references to declarations that have
        /// a syntax error (they resolve, but carry no facts). Zero when the property is absent or all its values were wrong.
        /// </summary>
        public int ValueCount(string property)
        {
            var index = PropertySchema.OrderOf(Kind, property);
            return _valueCounts != null && index < _valueCounts.Length ? _valueCounts[index] : 0;
        }

        /// <summary>Counts per property, in the schema's order.</summary>
        internal void SetValueCounts(int[] counts) => _valueCounts = counts;

        internal void MarkInvalid(string property) => (_invalidProperties ??= new HashSet<string>()).Add(property);

        /// <summary>
        /// True when a reference of <paramref name="property"/> names a declaration that has a syntax error: the
        /// reference resolves (it counts), but what that declaration says is unknown, so rules that would read it stay
        /// silent.
        /// </summary>
        public bool HasBrokenReference(string property) => _brokenReferences != null && _brokenReferences.ContainsKey(property);

        /// <summary>The IDs of <paramref name="property"/> that name a declaration with a syntax error, in the order written.</summary>
        internal IReadOnlyList<string> BrokenReferenceIds(string property) =>
            _brokenReferences != null && _brokenReferences.TryGetValue(property, out var ids) ? ids : (IReadOnlyList<string>)System.Array.Empty<string>();

        internal void MarkBrokenReference(string property, string id)
        {
            _brokenReferences ??= new Dictionary<string, List<string>>();
            if (!_brokenReferences.TryGetValue(property, out var ids))
            {
                ids = new List<string>();
                _brokenReferences.Add(property, ids);
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        public override string ToString() => Display;
    }
}
