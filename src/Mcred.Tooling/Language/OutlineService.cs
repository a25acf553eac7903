using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Syntax;

namespace Mcred.Tooling.Language
{
    /// <summary>Document outline (declarations with their properties), workspace symbol search and folding.</summary>
    internal static class OutlineService
    {
        public static List<OutlineSymbol> Document(SyntaxFile file)
        {
            var symbols = new List<OutlineSymbol>();
            foreach (var declaration in file.Declarations)
            {
                if (declaration.Id == null)
                {
                    continue;
                }

                var children = declaration.Properties
                    .Select(p => new OutlineSymbol(p.Name, null, OutlineKind.Property, PlanRange.In(file, p.Span), PlanRange.In(file, p.NameSpan), Array.Empty<OutlineSymbol>()))
                    .ToList();
                symbols.Add(new OutlineSymbol(
                    declaration.Id,
                    declaration.Kind.ToKeyword() + (declaration.DisplayName?.StringValue is string name ? " — " + name : string.Empty),
                    OutlineKind.Declaration,
                    PlanRange.In(file, declaration.Span),
                    PlanRange.In(file, declaration.IdSpan),
                    children));
            }

            return symbols;
        }

        /// <summary>Declarations whose ID or display name contains the query (case-insensitive); all for an empty query. Detail is the kind.</summary>
        public static List<OutlineSymbol> Workspace(PlanSnapshot snapshot, string query)
        {
            var found = new List<OutlineSymbol>();
            foreach (var declaration in snapshot.Result.Model.Declarations)
            {
                if (query.Length == 0
                    || declaration.Id.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0
                    || declaration.Name.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    var at = PlanRange.In(declaration.File, declaration.Syntax.IdSpan);
                    found.Add(new OutlineSymbol(declaration.Id, declaration.Kind.ToKeyword(), OutlineKind.Declaration, at, at, Array.Empty<OutlineSymbol>()));
                }
            }

            return found;
        }

        /// <summary>Each declaration over more than one line folds, and so does each run of two or more comment lines.</summary>
        public static List<FoldingRegion> Folding(SyntaxFile file)
        {
            var ranges = new List<FoldingRegion>();
            foreach (var declaration in file.Declarations)
            {
                var lines = file.Text.Lines.GetLinePositionSpan(declaration.Span);
                if (lines.End.Line > lines.Start.Line)
                {
                    ranges.Add(new FoldingRegion(lines.Start.Line, lines.End.Line, FoldingKind.Region));
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

        private static void AddCommentRun(List<FoldingRegion> ranges, int? start, int end)
        {
            if (start is int first && end > first)
            {
                ranges.Add(new FoldingRegion(first, end, FoldingKind.Comment));
            }
        }
    }
}
