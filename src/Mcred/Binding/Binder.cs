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
    internal sealed class Binder
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

        private List<McredDiagnostic> _reporting = new List<McredDiagnostic>();
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
                if (syntax.Id != null && !touched.ContainsKey((syntax.Kind, syntax.Id)))
                {
                    var primary = _table.Primary(syntax.Kind, syntax.Id);
                    touched.Add((syntax.Kind, syntax.Id), new Before(primary, _table.IsBroken(syntax.Kind, syntax.Id), _table.Exists(syntax.Kind, syntax.Id)));
                }
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
                        referencedBefore.AddRange(before.Syntax.ReferenceKeys);
                    }
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
                        foreach (var reference in declaration.Syntax.ReferenceKeys)
                        {
                            if (resolution.Contains(reference))
                            {
                                rebind.Add(declaration);
                                break;
                            }
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

        /// <summary>Counts references reported as not declared, so Bind knows which declarations have one.</summary>
        private int _unresolvedFound;

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
            if (file.UnknownKindDeclarations > 0)
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

        private void BindProperties(McredDeclaration declaration, bool report)
        {
            var file = declaration.File;
            var specs = PropertySchema.For(declaration.Kind);
            var values = _values.Reset(specs);
            var seenSingle = 0;
            foreach (var property in declaration.Syntax.Properties)
            {
                var index = PropertySchema.OrderOf(declaration.Kind, property.Name);
                if (index == specs.Count)
                {
                    declaration.MarkInvalid(property.Name);
                    if (report)
                    {
                        var message = UnknownPropertyMessage(declaration, property.Name, out var nearName);
                        Report(CompilerDiagnostics.InvalidProperty, file, property.NameSpan, message, nearName);
                    }

                    continue;
                }

                var spec = specs[index];
                if (!spec.IsMultiValued)
                {
                    if ((seenSingle & (1 << index)) != 0)
                    {
                        declaration.MarkInvalid(spec.Name);
                        if (report)
                        {
                            Report(CompilerDiagnostics.InvalidProperty, file, property.NameSpan,
                                $"'{spec.Name}' is given more than once in {declaration.Display}: keep one line");
                        }

                        continue;
                    }

                    seenSingle |= 1 << index;
                    if (property.Values.Count > 1)
                    {
                        declaration.MarkInvalid(spec.Name);
                        if (report)
                        {
                            Report(CompilerDiagnostics.InvalidProperty, file, property.Values[1].Span,
                                $"'{spec.Name}' of {declaration.Display} takes one value, found {property.Values.Count}: keep one");
                        }

                        continue;
                    }
                }

                var bound = values.For(index);
                foreach (var value in property.Values)
                {
                    var ok = spec.Shape == ValueShape.Reference
                        ? BindReference(declaration, spec, value, bound, report)
                        : BindValue(declaration, spec, value, bound, report);
                    if (!ok)
                    {
                        declaration.MarkInvalid(spec.Name);
                    }
                }
            }

            declaration.SetValueCounts(values.Counts());
            Apply(declaration, values);
        }

        private bool BindValue(McredDeclaration declaration, PropertySpec spec, ValueSyntax value, List<object> bound, bool report)
        {
            var error = ValueChecks.CheckKept(spec, value, out var result);
            if (error == null)
            {
                bound.Add(result!);
                return true;
            }

            if (report)
            {
                var nearValue = spec.Shape == ValueShape.Enum && value.Kind == ValueKind.Identifier ? Suggestions.NearestOrContained(value.Text, spec.EnumValues) : null;
                Report(CompilerDiagnostics.InvalidValue, declaration.File, value.Span, $"{declaration.Display}: {error}", nearValue);
            }

            return false;
        }

        private bool BindReference(McredDeclaration declaration, PropertySpec spec, ValueSyntax value, List<object> bound, bool report)
        {
            if (value.Kind != ValueKind.Identifier)
            {
                return BindValue(declaration, spec, value, bound, report);
            }

            var id = value.Text;
            if (_table.Primary(spec.Target, id) is McredDeclaration target)
            {
                if (!bound.Contains(target))
                {
                    bound.Add(target);
                }

                return true;
            }

            if (_table.IsBroken(spec.Target, id))
            {
                var broken = new BrokenTarget(id);
                if (!bound.Contains(broken))
                {
                    bound.Add(broken);
                }

                declaration.MarkBrokenReference(spec.Name);
                return true;
            }

            if (report)
            {
                _unresolvedFound++;
                var other = OtherKindOf(id, spec.Target);
                if (other is DeclarationKind otherKind)
                {
                    Report(CompilerDiagnostics.WrongKindReference, declaration.File, value.Span, didYouMean: NearestId(spec.Target, id),
                        arguments: new[] { MessageText.Cut(id), otherKind.WithArticle(), spec.Target.WithArticle(), spec.Name, declaration.Display, spec.Target.ToKeyword() });
                }
                else
                {
                    Report(CompilerDiagnostics.UndefinedReference, declaration.File, value.Span, didYouMean: NearestId(spec.Target, id), arguments: UndefinedArguments(declaration, spec, id));
                }
            }

            return false;
        }

        /// <summary>The closest declared ID of the kind (once per kind and ID, within the workspace's budget).</summary>
        private string? NearestId(DeclarationKind kind, string id)
        {
            var key = (kind, id);
            if (!_suggestions.TryGetValue(key, out var near))
            {
                near = Suggestions.Nearest(id, Candidates(kind), ref _suggestionBudget);
                _suggestions.Add(key, near);
            }

            return near;
        }

        private string[] UndefinedArguments(McredDeclaration declaration, PropertySpec spec, string id)
        {
            var near = NearestId(spec.Target, id);
            var fix = near != null
                ? $"did you mean '{near}'?"
                : $"declare it with '{spec.Target.ToKeyword()} {MessageText.Cut(id)} {{ ... }}' or fix the name";
            return new[] { spec.Target.ToKeyword(), MessageText.Cut(id), spec.Name, declaration.Display, fix };
        }

        private IEnumerable<string> Candidates(DeclarationKind kind) => _table.Ids(kind);

        private DeclarationKind? OtherKindOf(string id, DeclarationKind wanted)
        {
            for (var k = 0; k < KindCount; k++)
            {
                if (k != (int)wanted && _table.Exists((DeclarationKind)k, id))
                {
                    return (DeclarationKind)k;
                }
            }

            return null;
        }

        private static string UnknownPropertyMessage(McredDeclaration declaration, string name, out string? near)
        {
            var specs = PropertySchema.For(declaration.Kind);
            var names = new List<string>();
            foreach (var spec in specs)
            {
                names.Add(spec.Name);
            }

            near = Suggestions.Nearest(name, names);
            var hint = near != null ? $"did you mean '{near}'?" : $"{declaration.Kind.ToKeyword()} takes {string.Join(", ", names)}";
            return $"unknown property '{MessageText.Cut(name)}' in {declaration.Display}: {hint}";
        }

        /// <summary>Sets the typed properties of a declaration from its bound values.</summary>
        private void Apply(McredDeclaration declaration, BoundValues values)
        {
            switch (declaration)
            {
                case Issuer issuer:
                    issuer.Values = Strings(values, PropertyNames.Value);
                    issuer.Partners = Strings(values, PropertyNames.Partner);
                    issuer.Url = First<string>(values, PropertyNames.Url);
                    issuer.Country = First<string>(values, PropertyNames.Country);
                    issuer.Email = First<string>(values, PropertyNames.Email);
                    break;
                case Persona persona:
                    persona.Description = First<string>(values, PropertyNames.Description);
                    persona.Goals = Strings(values, PropertyNames.Goal);
                    break;
                case Recognizer recognizer:
                    var kind = First<string>(values, PropertyNames.Kind);
                    recognizer.RecognizerKind = kind == null ? (RecognizerKind?)null : (RecognizerKind)Array.IndexOf(PropertySchema.RecognizerKinds, kind);
                    recognizer.Outcomes = Strings(values, PropertyNames.Outcome);
                    recognizer.Endorses = Refs<Credential>(values, PropertyNames.Endorses);
                    break;
                case Category category:
                    var type = First<string>(values, PropertyNames.Type);
                    category.Type = type == null ? (CategoryType?)null : (CategoryType)Array.IndexOf(PropertySchema.CategoryTypes, type);
                    category.Description = First<string>(values, PropertyNames.Description);
                    break;
                case Skill skill:
                    skill.Categories = Refs<Category>(values, PropertyNames.Category);
                    skill.Why = First<string>(values, PropertyNames.Why);
                    skill.HalfLife = values.First(PropertyNames.HalfLife) is HalfLife h ? h : (HalfLife?)null;
                    skill.Reviewed = values.First(PropertyNames.Reviewed) is DateTime r ? r : (DateTime?)null;
                    skill.Tools = Strings(values, PropertyNames.Tool);
                    skill.Alignments = Refs<Alignment>(values, PropertyNames.Aligns);
                    break;
                case Credential credential:
                    credential.Issuer = First<Issuer>(values, PropertyNames.Issuer);
                    credential.For = Refs<Persona>(values, PropertyNames.For);
                    credential.RecognizedBy = Refs<Recognizer>(values, PropertyNames.RecognizedBy);
                    credential.Skills = Refs<Skill>(values, PropertyNames.Skills);
                    credential.SkillCount = values.Count(PropertyNames.Skills);
                    credential.Description = First<string>(values, PropertyNames.Description);
                    credential.Criteria = First<string>(values, PropertyNames.Criteria);
                    credential.Url = First<string>(values, PropertyNames.Url);
                    credential.AchievementType = EnumOf<AchievementKind>(values, PropertyNames.AchievementType, PropertySchema.AchievementTypes);
                    credential.Workload = values.First(PropertyNames.Workload) as Workload?;
                    credential.Level = First<string>(values, PropertyNames.Level) is string level ? Array.IndexOf(PropertySchema.Levels, level) + 1 : (int?)null;
                    credential.Assessment = First<string>(values, PropertyNames.Assessment);
                    credential.Participation = EnumOf<ParticipationMode>(values, PropertyNames.Participation, PropertySchema.ParticipationModes);
                    credential.QualityAssurance = First<string>(values, PropertyNames.QualityAssurance);
                    credential.PreparesFor = Refs<Occupation>(values, PropertyNames.PreparesFor);
                    break;
                case Pathway pathway:
                    pathway.For = Refs<Persona>(values, PropertyNames.For);
                    pathway.Steps = Refs<Credential>(values, PropertyNames.Steps);
                    pathway.PreparesFor = Refs<Occupation>(values, PropertyNames.PreparesFor);
                    break;
                case Occupation occupation:
                    // Evidence, not plan: an occupation's skills are not uses (MCR1016 still reports an unused skill).
                    occupation.Alignments = Refs<Alignment>(values, PropertyNames.Aligns);
                    occupation.Essential = Refs<Skill>(values, PropertyNames.Essential);
                    occupation.Optional = Refs<Skill>(values, PropertyNames.Optional);
                    break;
            }
        }

        /// <summary>
        /// What declarations use (duplicates count too): a recognizer that endorses is used by itself; a skill uses its
        /// categories; a credential its issuer, personas, recognizers and skills; a pathway its personas.
        /// </summary>
        private static void CollectUses(List<McredDeclaration> declarations)
        {
            foreach (var declaration in declarations)
            {
                switch (declaration)
                {
                    case Recognizer recognizer:
                        if (recognizer.Endorses.Count > 0 || recognizer.HasBrokenReference(PropertyNames.Endorses))
                        {
                            recognizer.IsUsed = true;
                        }

                        break;
                    case Skill skill:
                        UseAll(skill.Categories);
                        break;
                    case Credential credential:
                        if (credential.Issuer != null)
                        {
                            credential.Issuer.IsUsed = true;
                        }

                        UseAll(credential.For);
                        UseAll(credential.RecognizedBy);
                        UseAll(credential.Skills);
                        break;
                    case Pathway pathway:
                        UseAll(pathway.For);
                        break;
                }
            }
        }

        /// <summary>Facts that need every declaration bound: endorsements, pathway membership, recognition.</summary>
        private static void Derive(List<McredDeclaration> declarations)
        {
            var endorsedBy = new Dictionary<Credential, List<Recognizer>>();
            var pathways = new Dictionary<Credential, List<Pathway>>();
            foreach (var declaration in declarations)
            {
                if (declaration is Recognizer recognizer)
                {
                    foreach (var credential in recognizer.Endorses)
                    {
                        Add(endorsedBy, credential, recognizer);
                    }
                }
                else if (declaration is Pathway pathway)
                {
                    foreach (var credential in pathway.Steps)
                    {
                        Add(pathways, credential, pathway);
                    }
                }
            }

            foreach (var declaration in declarations)
            {
                if (declaration is Credential credential)
                {
                    credential.EndorsedBy = endorsedBy.TryGetValue(credential, out var e) ? e : (IReadOnlyList<Recognizer>)Array.Empty<Recognizer>();
                    credential.Pathways = pathways.TryGetValue(credential, out var p) ? p : (IReadOnlyList<Pathway>)Array.Empty<Pathway>();
                    credential.IsRecognized = credential.RecognizedBy.Count > 0 || credential.EndorsedBy.Count > 0;
                }
            }
        }

        private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = new List<TValue>();
                map.Add(key, list);
            }

            list.Add(value);
        }

        private static void UseAll<T>(IReadOnlyList<T> declarations)
            where T : McredDeclaration
        {
            foreach (var d in declarations)
            {
                d.IsUsed = true;
            }
        }

        /// <summary>Clears what the previous binding found used, before uses are collected again.</summary>
        private static void Forget(List<McredDeclaration> declarations)
        {
            foreach (var d in declarations)
            {
                d.IsUsed = false;
            }
        }

        private static T? First<T>(BoundValues values, string name)
            where T : class => values.First(name) as T;

        private static IReadOnlyList<string> Strings(BoundValues values, string name) => Refs<string>(values, name);

        /// <summary>An enum property's value as the model's enum, whose members are in the order of <paramref name="words"/>.</summary>
        private static TEnum? EnumOf<TEnum>(BoundValues values, string name, string[] words)
            where TEnum : struct, Enum =>
            First<string>(values, name) is string word ? (TEnum)(object)Array.IndexOf(words, word) : (TEnum?)null;

        private static IReadOnlyList<T> Refs<T>(BoundValues values, string name)
        {
            var list = values.Get(name);
            if (list == null || list.Count == 0)
            {
                return Array.Empty<T>();
            }

            var count = 0;
            foreach (var item in list)
            {
                if (item is T)
                {
                    count++;
                }
            }

            if (count == 0)
            {
                return Array.Empty<T>();
            }

            // Exact-size arrays: the model lives as long as the check, so every object saved is GC work saved.
            var result = new T[count];
            var i = 0;
            foreach (var item in list)
            {
                if (item is T t)
                {
                    result[i++] = t;
                }
            }

            return result;
        }

        private static McredDeclaration Create(SyntaxFile file, DeclarationSyntax syntax)
        {
            switch (syntax.Kind)
            {
                case DeclarationKind.Issuer: return new Issuer(file, syntax);
                case DeclarationKind.Persona: return new Persona(file, syntax);
                case DeclarationKind.Recognizer: return new Recognizer(file, syntax);
                case DeclarationKind.Category: return new Category(file, syntax);
                case DeclarationKind.Skill: return new Skill(file, syntax);
                case DeclarationKind.Credential: return new Credential(file, syntax);
                case DeclarationKind.Pathway: return new Pathway(file, syntax);
                default: return new Occupation(file, syntax);
            }
        }

        /// <summary>Reports a compiler diagnostic on the declaration being bound.</summary>
        private void Report(DiagnosticInfo info, SyntaxFile file, TextSpan span, string? message = null, string? didYouMean = null, McredLocation? related = null, string[]? arguments = null) =>
            _reporting.Add(Diagnostic(info, file, span, message, didYouMean, related, arguments));

        /// <summary>A compiler diagnostic: a whole message, or the arguments of the diagnostic's message format.</summary>
        private static McredDiagnostic Diagnostic(DiagnosticInfo info, SyntaxFile file, TextSpan span, string? message = null, string? didYouMean = null, McredLocation? related = null, string[]? arguments = null)
        {
            message ??= string.Format(System.Globalization.CultureInfo.InvariantCulture, info.MessageFormat, arguments!);
            var location = McredLocation.In(file.Path, file.Text, span);
            var fixes = didYouMean == null
                ? System.Array.Empty<McredFix>()
                : new[] { McredFix.Replace(location, didYouMean, isSafe: false, $"Change to '{didYouMean}'") };
            var relatedLocations = related == null ? System.Array.Empty<McredLocation>() : new[] { related };
            var diagnostic = new McredDiagnostic(info, info.DefaultSeverity, message, location, fixes, relatedLocations);
            return arguments == null ? diagnostic : diagnostic.SetMessageArguments(arguments);
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

    /// <summary>A reference to a declaration that has a syntax error: it resolves (and counts once per ID), but to nothing rules can read.</summary>
    internal sealed class BrokenTarget
    {
        private readonly string _id;

        public BrokenTarget(string id) => _id = id;

        public override bool Equals(object? obj) => obj is BrokenTarget other && other._id == _id;

        public override int GetHashCode() => _id.GetHashCode();
    }
}
