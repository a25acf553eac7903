using System.Collections.Generic;
using System.Text.Json;
using Mcred.LanguageServer.Protocol;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// Once, after the workspace's first publication: reads an edit and writes a diagnostic with the server's own
    /// serializer options, so their contracts are built while the user reads, not on the first keystroke (a workspace
    /// with no diagnostics yet has never written one; together about 20 ms of the first edit).
    /// </summary>
    internal static class ProtocolWarmUp
    {
        public static void Run(JsonSerializerOptions options)
        {
            const string Edit = "{\"textDocument\":{\"uri\":\"file:///warm-up.mcred\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":1}},\"text\":\"s\"}]}";
            JsonSerializer.Deserialize<DidChangeTextDocumentParams>(Edit, options);
            var range = new Range(new Position(0, 0), new Position(0, 1));
            var diagnostic = new Diagnostic(range, 1, "MCR0002", new CodeDescription("https://example.invalid/MCR0002"), "mcred", "warm-up",
                new List<DiagnosticRelatedInformation> { new DiagnosticRelatedInformation(new Location("file:///warm-up.mcred", range), "here") }, new List<int> { 1 });
            JsonSerializer.SerializeToUtf8Bytes(new PublishDiagnosticsParams("file:///warm-up.mcred", 2, new List<Diagnostic> { diagnostic }), options);
        }
    }
}
