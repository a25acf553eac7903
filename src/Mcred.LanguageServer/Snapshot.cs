using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.LanguageServer
{
    /// <summary>A place in a file that names a declaration: its own ID, or a reference to it in a property value.</summary>
    internal sealed record SymbolHit(DeclarationKind Kind, string Id, SyntaxFile File, TextSpan Span, bool IsDeclaration);

    /// <summary>
    /// One checked generation of the workspace, and what every feature asks of it: the file at a path, the symbol at
    /// an offset, every reference to a declaration. Its lists never change; the declarations in them are kept across edits
    /// and bound again in place, so features read a snapshot through <see cref="ServerWorkspace.Read{T}"/>, between checks.
    /// </summary>
    internal sealed class Snapshot
    {
        private readonly Dictionary<string, SyntaxFile> files = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> versions;
        private readonly Dictionary<string, string> uris;
        private List<SymbolHit>? symbols;

        public Snapshot(int generation, CheckResult result, Dictionary<string, int> versions, Dictionary<string, string> uris)
        {
            Generation = generation;
            Result = result;
            this.versions = versions;
            this.uris = uris;
            foreach (var file in result.Files)
            {
                files[file.Path] = file;
            }
        }

        public int Generation { get; }
        public CheckResult Result { get; }
        public IEnumerable<SyntaxFile> Files => Result.Files;

        public SyntaxFile? File(string path) => files.TryGetValue(path, out var file) ? file : null;

        /// <summary>The buffer version a file was checked at; null for a file read from disk.</summary>
        public int? VersionOf(string path) => versions.TryGetValue(path, out var version) ? version : (int?)null;

        /// <summary>The URI the client uses for a path (as it sent it for open documents).</summary>
        public string UriOf(string path) => uris.TryGetValue(path, out var uri) ? uri : Uris.FromPath(path);

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
