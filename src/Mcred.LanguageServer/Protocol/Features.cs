using System.Collections.Generic;

namespace Mcred.LanguageServer.Protocol
{
    public sealed record CodeDescription(string Href);

    public sealed record Diagnostic(Range Range, int Severity, string Code, CodeDescription CodeDescription, string Source, string Message, List<DiagnosticRelatedInformation>? RelatedInformation = null, List<int>? Tags = null);

    public sealed record DiagnosticRelatedInformation(Location Location, string Message);

    public sealed record PublishDiagnosticsParams(string Uri, int? Version, List<Diagnostic> Diagnostics);

    public sealed record Hover(MarkupContent Contents, Range? Range);

    public sealed record ReferenceContext(bool IncludeDeclaration);

    public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

    public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

    public sealed record PrepareRenameResult(Range Range, string Placeholder);

    public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

    /// <summary>Kinds: 10 Property, 18 Reference, 20 EnumMember, 15 Snippet. Insert text format 2 is a snippet.</summary>
    public sealed record CompletionItem(string Label, int Kind, string? Detail, string? Documentation, string? InsertText, int? InsertTextFormat, string? SortText);

    public sealed record CompletionList(bool IsIncomplete, List<CompletionItem> Items);

    public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

    /// <summary>Symbol kinds: 5 Class (declarations), 7 Property.</summary>
    public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, List<DocumentSymbol>? Children);

    public sealed record WorkspaceSymbolParams(string Query);

    public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

    public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

    public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

    public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

    public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

    public sealed record CodeActionContext(List<Diagnostic> Diagnostics);

    public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

    public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

    /// <summary>Five integers per token: line delta, start delta, length, type index, modifier bits.</summary>
    public sealed record SemanticTokens(List<int> Data);

    public sealed record CodeAction(string Title, string Kind, List<Diagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
}
