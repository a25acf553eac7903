using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Tooling.Language
{
    /// <summary>A place in a file that names a declaration: its own ID, or a reference to it in a property value.</summary>
    internal sealed record SymbolHit(DeclarationKind Kind, string Id, SyntaxFile File, TextSpan Span, bool IsDeclaration);

    /// <summary>
    /// One checked workspace and what every language feature asks of it: the file at a path, the symbol at an offset,
    /// every reference to a declaration. The language server, the browser edition and tests read it the same way.
    /// </summary>
    internal sealed class PlanSnapshot
    {
        private readonly Dictionary<string, SyntaxFile> files = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);
        private List<SymbolHit>? symbols;

        public PlanSnapshot(CheckResult result)
        {
            Result = result;
            foreach (var file in result.Files)
            {
                files[file.Path] = file;
            }
        }

        public CheckResult Result { get; }
        public IEnumerable<SyntaxFile> Files => Result.Files;

        public SyntaxFile? File(string path) => files.TryGetValue(path, out var file) ? file : null;

        /// <summary>The offset of a line and UTF-16 column, clamped into the text (a client may send a stale position).</summary>
        public static int OffsetOf(SourceText text, int line, int character)
        {
            if (line < 0)
            {
                return 0;
            }

            if (line >= text.Lines.Count)
            {
                return text.Length;
            }

            var at = text.Lines[line];
            return at.Start + Math.Max(0, Math.Min(character, at.End - at.Start));
        }

        /// <summary>Every declaration ID and every reference in the workspace, found once per snapshot.</summary>
        public IReadOnlyList<SymbolHit> Symbols => symbols ??= CollectSymbols();

        public SymbolHit? SymbolAt(string path, int offset)
        {
            foreach (var hit in Symbols)
            {
                // The end counts too: a cursor just after an ID is still on it.
                if (hit.File.Path == path && hit.Span.Start <= offset && offset <= hit.Span.End)
                {
                    return hit;
                }
            }

            return null;
        }

        public IEnumerable<SymbolHit> Occurrences(DeclarationKind kind, string id)
        {
            foreach (var hit in Symbols)
            {
                if (hit.Kind == kind && hit.Id == id)
                {
                    yield return hit;
                }
            }
        }

        /// <summary>The declarations of this kind and ID (several when duplicated), in workspace order.</summary>
        public IEnumerable<McredDeclaration> Declarations(DeclarationKind kind, string id)
        {
            foreach (var declaration in Result.Model.Declarations)
            {
                if (declaration.Kind == kind && declaration.Id == id)
                {
                    yield return declaration;
                }
            }

            foreach (var declaration in Result.Model.Duplicates)
            {
                if (declaration.Kind == kind && declaration.Id == id)
                {
                    yield return declaration;
                }
            }
        }

        /// <summary>The declaration whose text holds the offset (its header or body), if any.</summary>
        public static DeclarationSyntax? DeclarationAt(SyntaxFile file, int offset)
        {
            foreach (var declaration in file.Declarations)
            {
                if (declaration.Span.Start <= offset && offset <= declaration.Span.End)
                {
                    return declaration;
                }
            }

            return null;
        }

        public IEnumerable<McredDiagnostic> DiagnosticsFor(string path)
        {
            foreach (var diagnostic in Result.Diagnostics)
            {
                if (diagnostic.Location.Path == path)
                {
                    yield return diagnostic;
                }
            }
        }

        private List<SymbolHit> CollectSymbols()
        {
            var hits = new List<SymbolHit>();
            foreach (var file in Result.Files)
            {
                foreach (var declaration in file.Declarations)
                {
                    if (declaration.Id != null)
                    {
                        hits.Add(new SymbolHit(declaration.Kind, declaration.Id, file, declaration.IdSpan, IsDeclaration: true));
                    }

                    foreach (var property in declaration.Properties)
                    {
                        var spec = PropertySchema.Find(declaration.Kind, property.Name);
                        if (spec == null || spec.Shape != ValueShape.Reference)
                        {
                            continue;
                        }

                        foreach (var value in property.Values)
                        {
                            if (value.Kind == ValueKind.Identifier)
                            {
                                hits.Add(new SymbolHit(spec.Target, value.Text, file, value.Span, IsDeclaration: false));
                            }
                        }
                    }
                }
            }

            return hits;
        }
    }
}
