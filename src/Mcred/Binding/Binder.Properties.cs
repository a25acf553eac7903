using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Binding
{
    /// <summary>Binding one declaration: its properties' values checked, its references resolved, its typed properties set.</summary>
    internal sealed partial class Binder
    {
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
                    var nearName = NearestProperty(declaration.Kind, property.Name);
                    if (nearName != null && !States(declaration.Syntax, nearName))
                    {
                        // 'catgory people' was meant as the missing 'category': what it says is unknown, not absent.
                        declaration.MarkInvalid(nearName);
                    }

                    if (report)
                    {
                        Report(CompilerDiagnostics.InvalidProperty, file, property.NameSpan, UnknownPropertyMessage(declaration, property.Name, nearName), nearName);
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

                declaration.MarkBrokenReference(spec.Name, id);
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

        private static string? NearestProperty(DeclarationKind kind, string name) => Suggestions.Nearest(name, PropertyNamesOf(kind));

        private static List<string> PropertyNamesOf(DeclarationKind kind)
        {
            var names = new List<string>();
            foreach (var spec in PropertySchema.For(kind))
            {
                names.Add(spec.Name);
            }

            return names;
        }

        private static bool States(DeclarationSyntax syntax, string property)
        {
            foreach (var stated in syntax.Properties)
            {
                if (stated.Name == property)
                {
                    return true;
                }
            }

            return false;
        }

        private static string UnknownPropertyMessage(McredDeclaration declaration, string name, string? near)
        {
            var hint = near != null ? $"did you mean '{near}'?" : $"{declaration.Kind.ToKeyword()} takes {string.Join(", ", PropertyNamesOf(declaration.Kind))}";
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
                    recognizer.RecognizerKind = EnumOf<RecognizerKind>(values, PropertyNames.Kind, PropertySchema.RecognizerKinds);
                    recognizer.Outcomes = Strings(values, PropertyNames.Outcome);
                    recognizer.Endorses = Refs<Credential>(values, PropertyNames.Endorses);
                    break;
                case Category category:
                    category.Type = EnumOf<CategoryType>(values, PropertyNames.Type, PropertySchema.CategoryTypes);
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
    }
}
