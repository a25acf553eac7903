using System.Collections.Generic;
using System.Text.Json.Serialization;

// The LSP 3.17 types the server uses, named as in the specification. No LSP type package is served here
// (OmniSharp's and Microsoft's protocol packages are not), so these are plain records serialized with
// System.Text.Json (camelCase, nulls omitted).
namespace Mcred.LanguageServer.Protocol
{
    public sealed record Position(int Line, int Character);

    public sealed record Range(Position Start, Position End);

    public sealed record Location(string Uri, Range Range);

    public sealed record TextDocumentIdentifier(string Uri);

    public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

    public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

    public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

    public sealed record TextEdit(Range Range, string NewText);

    public sealed record WorkspaceEdit(Dictionary<string, List<TextEdit>> Changes);

    public sealed record MarkupContent(string Kind, string Value);

    public sealed record WorkspaceFolder(string Uri, string Name);

    public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

    public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

    public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, List<TextDocumentContentChangeEvent> ContentChanges);

    public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

    public sealed record FileEvent(string Uri, int Type);

    public sealed record DidChangeWatchedFilesParams(List<FileEvent> Changes);

    public sealed record InitializeParams(string? RootUri, List<WorkspaceFolder>? WorkspaceFolders, int? ProcessId);

    public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

    public sealed record ServerInfo(string Name, string Version);

    public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

    public sealed record CompletionOptions(List<string> TriggerCharacters, bool ResolveProvider);

    public sealed record RenameOptions(bool PrepareProvider);

    public sealed record CodeActionOptions(List<string> CodeActionKinds);

    public sealed record ServerCapabilities(
        TextDocumentSyncOptions TextDocumentSync,
        bool HoverProvider,
        bool DefinitionProvider,
        bool ReferencesProvider,
        RenameOptions RenameProvider,
        CompletionOptions CompletionProvider,
        bool DocumentSymbolProvider,
        bool WorkspaceSymbolProvider,
        bool FoldingRangeProvider,
        bool DocumentFormattingProvider,
        CodeActionOptions CodeActionProvider,
        SemanticTokensOptions SemanticTokensProvider);

    public sealed record SemanticTokensLegend(List<string> TokenTypes, List<string> TokenModifiers);

    public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

    public sealed record LogMessageParams(int Type, string Message);

    /// <summary>Severity numbers (DiagnosticSeverity) and sync kinds as the specification numbers them.</summary>
    public static class LspConstants
    {
        public const int SeverityError = 1;
        public const int SeverityWarning = 2;
        public const int SeverityInformation = 3;

        /// <summary>DiagnosticTag.Unnecessary: editors fade the span (unused declarations and suppressions).</summary>
        public const int TagUnnecessary = 1;
        public const int SyncIncremental = 2;
        public const int FileCreated = 1;
        public const int FileChanged = 2;
        public const int FileDeleted = 3;
        public const int RequestFailed = -32803;
    }
}
