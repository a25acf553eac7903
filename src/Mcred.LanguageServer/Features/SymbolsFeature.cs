using System.Collections.Generic;
using System.Linq;
using Mcred.LanguageServer.Protocol;
using Mcred.Syntax;

namespace Mcred.LanguageServer.Features
{
    /// <summary>Document symbols (declarations, their properties as children), workspace symbols and folding ranges.</summary>
    internal static class SymbolsFeature
    {
        private const int ClassKind = 5;
        private const int PropertyKind = 7;

        public static List<DocumentSymbol> Document(SyntaxFile file)
        {
            var symbols = new List<DocumentSymbol>();
            foreach (var declaration in file.Declarations)
            {
                if (declaration.Id == null)
                {
                    continue;
                }

                var children = declaration.Properties
                    .Select(p => new DocumentSymbol(p.Name, null, PropertyKind, Positions.ToRange(file.Text, p.Span), Positions.ToRange(file.Text, p.NameSpan), null))
                    .ToList();
                symbols.Add(new DocumentSymbol(
                    declaration.Id,
                    declaration.Kind.ToKeyword() + (declaration.DisplayName?.StringValue is string name ? " — " + name : string.Empty),
                    ClassKind,
                    Positions.ToRange(file.Text, declaration.Span),
                    Positions.ToRange(file.Text, declaration.IdSpan),
                    children));
            }

            return symbols;
        }

        /// <summary>Declarations whose ID or display name contains the query (case-insensitive); all for an empty query.</summary>
        public static List<SymbolInformation> Workspace(Snapshot snapshot, string query)
        {
            var found = new List<SymbolInformation>();
            foreach (var declaration in snapshot.Result.Model.Declarations)
            {
                if (query.Length == 0
                    || declaration.Id.IndexOf(query, System.StringComparison.OrdinalIgnoreCase) >= 0
                    || declaration.Name.IndexOf(query, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    var location = new Location(snapshot.UriOf(declaration.File.Path), Positions.ToRange(declaration.File.Text, declaration.Syntax.IdSpan));
                    found.Add(new SymbolInformation(declaration.Id, ClassKind, location, declaration.Kind.ToKeyword()));
                }
            }

            return found;
        }

        /// <summary>Each declaration over more than one line folds, and so does each run of two or more comment lines.</summary>
        public static List<FoldingRange> Folding(SyntaxFile file)
        {
            var ranges = new List<FoldingRange>();
            foreach (var declaration in file.Declarations)
            {
                var lines = file.Text.Lines.GetLinePositionSpan(declaration.Span);
                if (lines.End.Line > lines.Start.Line)
                {
                    ranges.Add(new FoldingRange(lines.Start.Line, lines.End.Line, "region"));
                }
            }

            int? runStart = null;
            var previous = -2;
            foreach (var comment in file.Comments)
            {
                var line = file.Text.Lines.GetLinePosition(comment.Span.Start).Line;
                if (line != previous + 1)
                {
                    AddCommentRun(ranges, runStart, previous);
                    runStart = line;
                }

                previous = line;
            }

            AddCommentRun(ranges, runStart, previous);
            return ranges;
        }

        private static void AddCommentRun(List<FoldingRange> ranges, int? start, int end)
        {
            if (start is int first && end > first)
            {
                ranges.Add(new FoldingRange(first, end, "comment"));
            }
        }
    }
}
