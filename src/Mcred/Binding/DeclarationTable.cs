using Mcred.Files;
using System;
using System.Collections.Generic;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Binding
{
    /// <summary>
    /// The binder's symbol tables, kept across edits: per kind, every well-formed declaration of each ID in workspace
    /// order (references resolve to the first), and how many declarations of each ID have a syntax error.
    /// </summary>
    internal sealed class DeclarationTable
    {
        public const int KindCount = 8;

        // One declaration per ID is the rule; a list only where an ID is declared more than once (MCR0003).
        private readonly Dictionary<string, object>[] _declared = New<object>();
        private readonly Dictionary<string, int>[] _broken = New<int>();

        /// <summary>The declaration references to the ID resolve to; null when there is none.</summary>
        public McredDeclaration? Primary(DeclarationKind kind, string id) =>
            _declared[(int)kind].TryGetValue(id, out var entry) ? (entry as McredDeclaration ?? ((List<McredDeclaration>)entry)[0]) : null;

        public bool IsBroken(DeclarationKind kind, string id) => _broken[(int)kind].ContainsKey(id);

        /// <summary>True when something of the kind is declared with the ID (well-formed or not).</summary>
        public bool Exists(DeclarationKind kind, string id) => _declared[(int)kind].ContainsKey(id) || _broken[(int)kind].ContainsKey(id);

        /// <summary>Every well-formed declaration of the ID, in workspace order.</summary>
        public IReadOnlyList<McredDeclaration> All(DeclarationKind kind, string id)
        {
            if (!_declared[(int)kind].TryGetValue(id, out var entry))
            {
                return Array.Empty<McredDeclaration>();
            }

            return entry as List<McredDeclaration> ?? (IReadOnlyList<McredDeclaration>)new[] { (McredDeclaration)entry };
        }

        /// <summary>Every declared ID of the kind, well-formed first, for "did you mean".</summary>
        public IEnumerable<string> Ids(DeclarationKind kind)
        {
            foreach (var id in _declared[(int)kind].Keys)
            {
                yield return id;
            }

            foreach (var id in _broken[(int)kind].Keys)
            {
                yield return id;
            }
        }

        public void Add(McredDeclaration declaration)
        {
            var table = _declared[(int)declaration.Kind];
            if (!table.TryGetValue(declaration.Id, out var entry))
            {
                table.Add(declaration.Id, declaration);
                return;
            }

            var list = entry as List<McredDeclaration>;
            if (list == null)
            {
                list = new List<McredDeclaration>(2) { (McredDeclaration)entry };
                table[declaration.Id] = list;
            }

            var at = list.Count;
            while (at > 0 && InWorkspaceOrder(declaration, list[at - 1]) < 0)
            {
                at--;
            }

            list.Insert(at, declaration);
        }

        public void Remove(McredDeclaration declaration)
        {
            var table = _declared[(int)declaration.Kind];
            if (!table.TryGetValue(declaration.Id, out var entry))
            {
                return;
            }

            if (ReferenceEquals(entry, declaration))
            {
                table.Remove(declaration.Id);
                return;
            }

            if (entry is List<McredDeclaration> list && list.Remove(declaration) && list.Count == 1)
            {
                table[declaration.Id] = list[0];
            }
        }

        public void AddBroken(DeclarationKind kind, string id)
        {
            var table = _broken[(int)kind];
            table[id] = table.TryGetValue(id, out var count) ? count + 1 : 1;
        }

        public void RemoveBroken(DeclarationKind kind, string id)
        {
            var table = _broken[(int)kind];
            if (table.TryGetValue(id, out var count))
            {
                if (count <= 1)
                {
                    table.Remove(id);
                }
                else
                {
                    table[id] = count - 1;
                }
            }
        }

        /// <summary>Workspace order (as Workspace.WorkspaceOrder sorts files), then position in the file.</summary>
        private static int InWorkspaceOrder(McredDeclaration a, McredDeclaration b)
        {
            var byPath = string.CompareOrdinal(PathText.Normalize(a.File.Path), PathText.Normalize(b.File.Path));
            return byPath != 0 ? byPath : a.Syntax.Span.Start.CompareTo(b.Syntax.Span.Start);
        }

        private static Dictionary<string, T>[] New<T>()
        {
            var tables = new Dictionary<string, T>[KindCount];
            for (var i = 0; i < KindCount; i++)
            {
                tables[i] = new Dictionary<string, T>(StringComparer.Ordinal);
            }

            return tables;
        }
    }
}
