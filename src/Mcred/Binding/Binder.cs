using Mcred.Files;
using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Binding
{
    /// <summary>
    /// Binds the parsed files of a workspace into the checked model: one symbol table per kind (hash lookups),
    /// references resolved by the kind each property takes, MCR0002–MCR0006 reported. A binder keeps its tables, so
    /// after an edit it binds again only the declarations of the changed files, the declarations of IDs that now mean
    /// something else, what names those IDs, and (when IDs came or went) what names an ID that is not declared.
    /// A declaration kept from one check to the next keeps its identity: an edit moves it to its file's new text
    /// (<see cref="McredDeclaration.Rebase"/>), so what references it need not be bound again.
    /// </summary>
    internal sealed partial class Binder
    {
        private const int KindCount = DeclarationTable.KindCount;

        /// <summary>Character comparisons "did you mean" may spend in one workspace (about a second of work).</summary>
        private const long SuggestionBudget = 200_000_000;

        private readonly DeclarationTable _table = new DeclarationTable();
        private readonly Dictionary<string, FileRecord> _files = new Dictionary<string, FileRecord>(StringComparer.Ordinal);

        /// <summary>Declarations with a reference to an ID that is not declared (MCR0002/MCR0004): their messages name the IDs that are.</summary>
        private readonly HashSet<McredDeclaration> _unresolved = new HashSet<McredDeclaration>();
        private readonly Dictionary<(DeclarationKind, string), string?> _suggestions = new Dictionary<(DeclarationKind, string), string?>();

        /// <summary>One declaration's accepted values at a time: reused, as the model keeps only what Apply copies out.</summary>
        private readonly BoundValues _values = new BoundValues();

        /// <summary>Where the declaration being bound reports.</summary>
        private List<McredDiagnostic> _reporting = new List<McredDiagnostic>();

        /// <summary>Counts references reported as not declared, so Bind knows which declarations have one.</summary>
        private int _unresolvedFound;
        private long _suggestionBudget = SuggestionBudget;
        private bool _bound;
        private int _version;

        /// <summary>Binds files that are already in workspace order.</summary>
        public static (McredModel Model, IReadOnlyList<McredDiagnostic> Diagnostics) Bind(IReadOnlyList<SyntaxFile> files)
        {
            var result = new Binder().Update(files);
            return (result.Model, result.Diagnostics);
        }

        /// <summary>Advances the binder from <paramref name="version"/> to the next; false when another check already did (it may be advanced once).</summary>
        public bool TryAdvance(int version) => System.Threading.Interlocked.CompareExchange(ref _version, version + 1, version) == version;

        public int Version => System.Threading.Volatile.Read(ref _version);

        /// <summary>
        /// Binds <paramref name="files"/> (in workspace order): everything the first time, afterwards only what the
        /// change since the previous call can affect. The model and diagnostics equal a fresh binder's.
        /// </summary>
        public BindResult Update(IReadOnlyList<SyntaxFile> files)
        {
            // "Did you mean" spends a budget in workspace order; a workspace that comes near it is bound afresh each time.
            if (_bound && _suggestionBudget < SuggestionBudget / 2)
            {
                return new Binder().Update(files);
            }

            if (!_bound)
            {
                // The first binding: every file is new and every declaration is bound.
                var none = new Dictionary<(string, DeclarationKind, string), McredDeclaration>();
                foreach (var file in files)
                {
                    Add(file, none, null);
                }

                Bind(null, files);
                _bound = true;
                return Assemble(files, null, -1);
            }

            var incoming = new Dictionary<string, SyntaxFile>(files.Count, StringComparer.Ordinal);
            foreach (var file in files)
            {
                incoming[file.Path] = file;
            }

            var removed = new List<FileRecord>();
            foreach (var record in _files.Values)
            {
                if (!incoming.TryGetValue(record.File.Path, out var file) || !ReferenceEquals(file, record.File))
                {
                    removed.Add(record);
                }
            }

            var added = new List<SyntaxFile>();
            foreach (var file in files)
            {
                if (!_files.TryGetValue(file.Path, out var record) || !ReferenceEquals(record.File, file))
                {
                    added.Add(file);
                }
            }

            var touched = new Dictionary<(DeclarationKind, string), Before>();
            foreach (var record in removed)
            {
                Touch(record.File, touched);
            }

            foreach (var file in added)
            {
                Touch(file, touched);
            }

            var kept = Remove(removed, incoming);
            var rebind = new HashSet<McredDeclaration>();
            foreach (var file in added)
            {
                Add(file, kept, rebind);
            }

            var delta = Changes(touched, removed, added, rebind);
            Bind(rebind, files);
            return Assemble(files, delta, rebind.Count);
        }

        /// <summary>Records what an ID declared in <paramref name="file"/> resolves to before the change.</summary>
        private void Touch(SyntaxFile file, Dictionary<(DeclarationKind, string), Before> touched)
        {
            foreach (var syntax in file.Declarations)
            {
                if (syntax.Id != null)
                {
                    Touch(syntax.Kind, syntax.Id, touched);
                }
            }

            foreach (var id in file.UnknownKindIds)
            {
                for (var k = 0; k < KindCount; k++)
                {
                    Touch((DeclarationKind)k, id, touched);
                }
            }
        }

        private void Touch(DeclarationKind kind, string id, Dictionary<(DeclarationKind, string), Before> touched)
        {
            if (!touched.ContainsKey((kind, id)))
            {
                touched.Add((kind, id), new Before(_table.Primary(kind, id), _table.IsBroken(kind, id), _table.Exists(kind, id)));
            }
        }

        /// <summary>Takes the old files' declarations out of the tables; returns those of files still present, by path and ID, to keep their identity.</summary>
        private Dictionary<(string, DeclarationKind, string), McredDeclaration> Remove(List<FileRecord> removed, Dictionary<string, SyntaxFile> incoming)
        {
            var kept = new Dictionary<(string, DeclarationKind, string), McredDeclaration>();
            foreach (var record in removed)
            {
                _files.Remove(record.File.Path);
                foreach (var syntax in record.File.Declarations)
                {
                    if (syntax.Id != null && syntax.HasSyntaxError)
                    {
                        _table.RemoveBroken(syntax.Kind, syntax.Id);
                    }
                }

                foreach (var id in record.File.UnknownKindIds)
                {
                    for (var k = 0; k < KindCount; k++)
                    {
                        _table.RemoveBroken((DeclarationKind)k, id);
                    }
                }

                var stays = incoming.ContainsKey(record.File.Path);
                foreach (var declaration in record.Declarations)
                {
                    _table.Remove(declaration);
                    _unresolved.Remove(declaration);
                    var key = (record.File.Path, declaration.Kind, declaration.Id);
                    if (stays && !kept.ContainsKey(key))
                    {
                        kept.Add(key, declaration);
                    }
                }
            }

            return kept;
        }

        private void Add(SyntaxFile file, Dictionary<(string, DeclarationKind, string), McredDeclaration> kept, HashSet<McredDeclaration>? rebind)
        {
            var record = new FileRecord(file);
            foreach (var syntax in file.Declarations)
            {
                if (syntax.Id == null)
                {
                    continue;
                }

                if (syntax.HasSyntaxError)
                {
                    _table.AddBroken(syntax.Kind, syntax.Id);
                    continue;
                }

                McredDeclaration declaration;
                var key = (file.Path, syntax.Kind, syntax.Id);
                if (kept.TryGetValue(key, out var earlier))
                {
                    kept.Remove(key);
                    earlier.Rebase(file, syntax);
                    declaration = earlier;
                }
                else
                {
                    declaration = Create(file, syntax);
                }

                record.Declarations.Add(declaration);
                _table.Add(declaration);
                rebind?.Add(declaration);
            }

            // A declaration of unknown kind could have been of any kind: its ID stands as a broken one of each.
            foreach (var id in file.UnknownKindIds)
            {
                for (var k = 0; k < KindCount; k++)
                {
                    _table.AddBroken((DeclarationKind)k, id);
                }
            }

            _files[file.Path] = record;
        }

        /// <summary>
        /// Adds to <paramref name="rebind"/> what the change makes bind differently, and returns what the rules need
        /// to know of it: the IDs whose declaration changed, and what those declarations referenced before.
        /// </summary>
        private BindDelta Changes(Dictionary<(DeclarationKind, string), Before> touched, List<FileRecord> removed, List<SyntaxFile> added, HashSet<McredDeclaration> rebind)
        {
            var resolution = new HashSet<(DeclarationKind, string)>();
            var changed = new HashSet<(DeclarationKind, string)>();
            var referencedBefore = new List<(DeclarationKind, string)>();
            var idsChanged = false;
            foreach (var pair in touched)
            {
                var (kind, id) = pair.Key;
                var before = pair.Value;
                var now = _table.Primary(kind, id);
                var broken = _table.IsBroken(kind, id);
                idsChanged |= _table.Exists(kind, id) != before.Exists || broken != before.Broken;
                if (!ReferenceEquals(now, before.Primary) || broken != before.Broken)
                {
                    resolution.Add(pair.Key);
                }

                if (!ReferenceEquals(now, before.Primary) || broken != before.Broken || !SameText(before, now))
                {
                    changed.Add(pair.Key);
                    if (before.Syntax != null)
                    {
                        referencedBefore.AddRange(ReferenceKeys.Of(before.Syntax));
                    }
                }
            }

            // Every declaration of a file's old text may have been a use (a duplicate's references count too): what it
            // named may now be unused, so its verdicts are judged again.
            foreach (var record in removed)
            {
                foreach (var syntax in record.File.Declarations)
                {
                    referencedBefore.AddRange(ReferenceKeys.Of(syntax));
                }
            }

            if (resolution.Count > 0)
            {
                foreach (var key in resolution)
                {
                    foreach (var declaration in _table.All(key.Item1, key.Item2))
                    {
                        rebind.Add(declaration);
                    }
                }

                foreach (var record in _files.Values)
                {
                    foreach (var declaration in record.Declarations)
                    {
                        if (ReferenceKeys.NamesAny(declaration.Syntax, resolution))
                        {
                            rebind.Add(declaration);
                        }
                    }
                }
            }

            if (idsChanged)
            {
                _suggestions.Clear();
                _suggestionBudget = SuggestionBudget;
                rebind.UnionWith(_unresolved);
            }

            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in removed)
            {
                paths.Add(record.File.Path);
            }

            foreach (var file in added)
            {
                paths.Add(file.Path);
            }

            return new BindDelta(paths, changed, referencedBefore);
        }

        /// <summary>True when a declaration kept across the edit still says the same, character for character.</summary>
        private static bool SameText(Before before, McredDeclaration? now)
        {
            if (now == null || before.Syntax == null || ReferenceEquals(before.Syntax, now.Syntax))
            {
                return true;
            }

            return before.Syntax.Span.Length == now.Syntax.Span.Length
                && before.File!.Path == now.File.Path
                && before.File.Text.ToString(before.Syntax.Span) == now.File.Text.ToString(now.Syntax.Span);
        }

        /// <summary>Binds the declarations (all when <paramref name="rebind"/> is null) in workspace order, first well-formed ones reporting, later duplicates silent.</summary>
        private void Bind(HashSet<McredDeclaration>? rebind, IReadOnlyList<SyntaxFile> files)
        {
            foreach (var file in files)
            {
                var record = _files[file.Path];
                foreach (var declaration in record.Declarations)
                {
                    if (rebind != null && !rebind.Contains(declaration))
                    {
                        continue;
                    }

                    declaration.IsDuplicate = !ReferenceEquals(_table.Primary(declaration.Kind, declaration.Id), declaration);
                    declaration.ResetBinding();
                    _unresolved.Remove(declaration);
                    _reporting = new List<McredDiagnostic>();
                    var unresolvedBefore = _unresolvedFound;
                    if (!declaration.IsDuplicate)
                    {
                        CheckDisplayName(file, declaration.Syntax);
                    }

                    BindProperties(declaration, report: !declaration.IsDuplicate);
                    if (_unresolvedFound != unresolvedBefore)
                    {
                        _unresolved.Add(declaration);
                    }

                    declaration.BinderDiagnostics = _reporting.Count == 0 ? (IReadOnlyList<McredDiagnostic>)Array.Empty<McredDiagnostic>() : _reporting;
                }
            }
        }

        /// <summary>The model and diagnostics of the files as they now are: lists in workspace order, uses and derived facts recomputed.</summary>
        private BindResult Assemble(IReadOnlyList<SyntaxFile> files, BindDelta? delta, int bound)
        {
            var declarations = new List<McredDeclaration>();
            var duplicates = new List<McredDeclaration>();
            var diagnostics = new List<McredDiagnostic>();
            var kindsWithSyntaxErrors = new bool[KindCount];
            foreach (var file in files)
            {
                MarkSyntaxErrors(file, kindsWithSyntaxErrors);
                foreach (var declaration in _files[file.Path].Declarations)
                {
                    if (declaration.IsDuplicate)
                    {
                        duplicates.Add(declaration);
                        var first = _table.Primary(declaration.Kind, declaration.Id)!;
                        diagnostics.Add(Diagnostic(CompilerDiagnostics.DuplicateDeclaration, file, declaration.Syntax.IdSpan, related: first.Location, arguments: DuplicateArguments(declaration, first)));
                    }
                    else
                    {
                        declarations.Add(declaration);
                        diagnostics.AddRange(declaration.BinderDiagnostics);
                    }
                }
            }

            Forget(declarations);
            Forget(duplicates);
            CollectUses(declarations);
            CollectUses(duplicates);
            Derive(declarations);
            var model = new McredModel(files, declarations, duplicates, kindsWithSyntaxErrors, _table.Primary);
            return new BindResult(model, diagnostics, this, Version, delta, bound);
        }

        private static void MarkSyntaxErrors(SyntaxFile file, bool[] kinds)
        {
            if (file.UnknownKindIds.Count > 0)
            {
                // A declaration of unknown kind counts as one with a syntax error of every kind.
                for (var k = 0; k < KindCount; k++)
                {
                    kinds[k] = true;
                }
            }

            foreach (var syntax in file.Declarations)
            {
                if (syntax.HasSyntaxError)
                {
                    kinds[(int)syntax.Kind] = true;
                }
            }
        }

        private static string[] DuplicateArguments(McredDeclaration later, McredDeclaration first)
        {
            var line = first.File.Text.Lines.GetLinePosition(first.Syntax.IdSpan.Start).Line + 1;
            var where = first.File.Path == later.File.Path
                ? $"line {line}"
                : $"line {line} of {PathText.RelativeTo(later.File.Path, first.File.Path)}";
            return new[] { later.Display, where };
        }

        private void CheckDisplayName(SyntaxFile file, DeclarationSyntax syntax)
        {
            if (syntax.DisplayName != null && string.IsNullOrWhiteSpace(syntax.DisplayName.StringValue))
            {
                Report(CompilerDiagnostics.InvalidValue, file, syntax.DisplayName.Span,
                    $"the display name of {syntax.Kind.ToKeyword()} '{syntax.Id}' is empty: write a name or remove the quotes");
            }
        }

        /// <summary>A file's well-formed declarations, in order (the first of an ID in the workspace is its primary).</summary>
        private sealed class FileRecord
        {
            public FileRecord(SyntaxFile file) => File = file;

            public SyntaxFile File { get; }
            public List<McredDeclaration> Declarations { get; } = new List<McredDeclaration>();
        }

        /// <summary>What an ID resolved to before a change: its declaration (with the syntax and file it had then).</summary>
        private sealed class Before
        {
            public Before(McredDeclaration? primary, bool broken, bool exists)
            {
                Primary = primary;
                Syntax = primary?.Syntax;
                File = primary?.File;
                Broken = broken;
                Exists = exists;
            }

            public McredDeclaration? Primary { get; }
            public DeclarationSyntax? Syntax { get; }
            public SyntaxFile? File { get; }
            public bool Broken { get; }
            public bool Exists { get; }
        }
    }
}
