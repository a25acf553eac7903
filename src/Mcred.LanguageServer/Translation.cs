using System.Collections.Generic;
using System.Linq;
using Mcred.LanguageServer.Protocol;
using Mcred.Tooling.Language;
using Microsoft.CodeAnalysis.Text;
using Range = Mcred.LanguageServer.Protocol.Range;

namespace Mcred.LanguageServer
{
    /// <summary>The language services' plain records as LSP 3.17 messages: the server's only feature code.</summary>
    internal static class Translation
    {
        /// <summary>The semantic token types, in <see cref="HighlightKind"/> order (the standard LSP names).</summary>
        public static readonly List<string> TokenTypes = new List<string> { "keyword", "class", "property", "variable", "enumMember", "string", "number", "comment" };

        public static Range ToRange(LinePositionSpan span) =>
            new Range(new Position(span.Start.Line, span.Start.Character), new Position(span.End.Line, span.End.Character));

        public static Location ToLocation(Snapshot snapshot, PlanRange range) => new Location(snapshot.UriOf(range.Path), ToRange(range.Lines));

        public static Hover ToHover(HoverInfo hover) => new Hover(new MarkupContent("markdown", hover.Markdown), ToRange(hover.Range.Lines));

        public static CompletionList ToCompletionList(List<CompletionEntry> entries) =>
            new CompletionList(false, entries.Select(e => new CompletionItem(e.Label, CompletionKind(e.Kind), e.Detail, null, e.InsertText, e.IsSnippet ? 2 : (int?)null, e.SortText)).ToList());

        public static WorkspaceEdit ToWorkspaceEdit(Snapshot snapshot, IEnumerable<FileEdit> edits)
        {
            var changes = new Dictionary<string, List<TextEdit>>();
            foreach (var edit in edits)
            {
                var uri = snapshot.UriOf(edit.Range.Path);
                if (!changes.TryGetValue(uri, out var list))
                {
                    changes[uri] = list = new List<TextEdit>();
                }

                list.Add(ToTextEdit(edit));
            }

            return new WorkspaceEdit(changes);
        }

        public static TextEdit ToTextEdit(FileEdit edit) => new TextEdit(ToRange(edit.Range.Lines), edit.NewText);

        public static DocumentSymbol ToDocumentSymbol(OutlineSymbol symbol) => new DocumentSymbol(
            symbol.Name,
            symbol.Detail,
            SymbolKind(symbol.Kind),
            ToRange(symbol.Range.Lines),
            ToRange(symbol.Selection.Lines),
            symbol.Kind == OutlineKind.Declaration ? symbol.Children.Select(ToDocumentSymbol).ToList() : null);

        public static SymbolInformation ToSymbolInformation(Snapshot snapshot, OutlineSymbol symbol) =>
            new SymbolInformation(symbol.Name, SymbolKind(symbol.Kind), ToLocation(snapshot, symbol.Selection), symbol.Detail);

        public static FoldingRange ToFoldingRange(FoldingRegion region) =>
            new FoldingRange(region.StartLine, region.EndLine, region.Kind == FoldingKind.Comment ? "comment" : "region");

        public static CodeAction ToCodeAction(Snapshot snapshot, QuickFix fix) => new CodeAction(
            fix.Title,
            "quickfix",
            new List<Diagnostic> { DiagnosticsPublisher.ToLsp(fix.Diagnostic) },
            fix.IsPreferred ? true : (bool?)null,
            ToWorkspaceEdit(snapshot, fix.Edits));

        /// <summary>LSP's relative encoding: each token's line and start as deltas from the previous token.</summary>
        public static SemanticTokens ToSemanticTokens(List<HighlightToken> tokens)
        {
            var data = new List<int>(tokens.Count * 5);
            int line = 0, character = 0;
            foreach (var token in tokens)
            {
                var deltaLine = token.Line - line;
                data.Add(deltaLine);
                data.Add(deltaLine == 0 ? token.Character - character : token.Character);
                data.Add(token.Length);
                data.Add((int)token.Kind);
                data.Add(0);
                line = token.Line;
                character = token.Character;
            }

            return new SemanticTokens(data);
        }

        /// <summary>LSP completion kinds: 10 Property, 18 Reference, 20 EnumMember, 15 Snippet.</summary>
        private static int CompletionKind(Tooling.Language.CompletionKind kind) => kind switch
        {
            Tooling.Language.CompletionKind.Property => 10,
            Tooling.Language.CompletionKind.Reference => 18,
            Tooling.Language.CompletionKind.EnumMember => 20,
            _ => 15,
        };

        /// <summary>LSP symbol kinds: 5 Class for declarations, 7 Property.</summary>
        private static int SymbolKind(OutlineKind kind) => kind == OutlineKind.Declaration ? 5 : 7;
    }
}
