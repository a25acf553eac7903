using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using Mcred.Tooling.Language;
using StreamJsonRpc;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// <c>mcred lsp</c>: a Language Server Protocol 3.17 server over a pair of streams (stdio in the CLI). One method
    /// per LSP request or notification, each a thin call into a feature over the current <see cref="Snapshot"/>.
    /// Diagnostics are published for every file of the workspace after a short quiet period; an edit that arrives
    /// meanwhile cancels the pending publication, and a snapshot older than the buffers is never published.
    /// </summary>
    public sealed class McredLanguageServer : IDisposable
    {
        /// <summary>
        /// Edits arriving within this window are checked once. Short: a newer edit cancels a pending check before its
        /// binding starts, so a burst of keystrokes costs little, and a pause shows its diagnostic at once.
        /// </summary>
        private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(15);

        private readonly JsonRpc rpc;
        private readonly JsonSerializerOptions serializerOptions;
        private int protocolWarmedUp;
        private readonly ServerWorkspace workspace;
        private readonly DiagnosticsPublisher publisher = new DiagnosticsPublisher();
        private readonly TextWriter log;
        private readonly object publishGate = new object();
        private CancellationTokenSource pending = new CancellationTokenSource();
        private bool shutdownRequested;

        /// <summary>Completed by the exit notification: a blocked read of stdin cannot be cancelled, so the server does not wait for it.</summary>
        private readonly TaskCompletionSource<bool> exited = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <param name="input">What the client writes (stdin).</param>
        /// <param name="output">Where the server writes protocol messages, and nothing else (stdout).</param>
        /// <param name="log">Where logs go (stderr): never the protocol stream.</param>
        /// <param name="today">The date expiry rules use when <c>mcred_today</c> is not set.</param>
        /// <param name="maxMessageMegabytes">The largest message read; a larger one is skipped unread, with one logged line.</param>
        public McredLanguageServer(Stream input, Stream output, TextWriter log, Func<DateTime> today, int maxMessageMegabytes = Transport.LspTransport.DefaultMaxMessageMegabytes)
        {
            this.log = log;
            workspace = new ServerWorkspace(today, Log);
            var formatter = new SystemTextJsonFormatter();
            serializerOptions = formatter.JsonSerializerOptions;
            formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
            rpc = new JsonRpc(new Transport.LspTransport(output, input, formatter, Log, maxMessageMegabytes))
            {
                // LSP messages take effect in the order sent: an edit, then a hover on the edited text.
                SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
            };
            rpc.AddLocalRpcTarget(new Handlers(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false });
            clock = new Timer(_ => CheckDate(), null, ClockInterval, ClockInterval);
        }

        /// <summary>How often the server looks whether the date has moved (so expiry moves past midnight without an edit).</summary>
        private static readonly TimeSpan ClockInterval = TimeSpan.FromMinutes(1);

        private readonly Timer clock;

        /// <summary>Checks and publishes again when the day has changed since the last check; the clock timer calls it.</summary>
        internal void CheckDate()
        {
            if (workspace.DayChanged())
            {
                SchedulePublish();
            }
        }

        /// <summary>The exit code once the client has sent <c>exit</c> (0 after <c>shutdown</c>, 1 without), or its stream has closed.</summary>
        public int? ExitCode { get; private set; }

        /// <summary>Serves until the client sends <c>exit</c> or closes its stream; returns the process's exit code.</summary>
        public async Task<int> RunAsync()
        {
            // An editor waits on every check: background collections instead of blocking ones while the server runs
            // (a blocking gen2 collection of a large workspace's heap paused an edit's check by 400 ms).
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
            rpc.StartListening();
            try
            {
                await Task.WhenAny(rpc.Completion, exited.Task).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Log("mcred lsp: connection ended: " + e.Message);
            }

            return ExitCode ?? (shutdownRequested ? 0 : 1);
        }

        public void Dispose()
        {
            clock.Dispose();
            pending.Cancel();
            if (!exited.Task.IsCompleted)
            {
                rpc.Dispose();
            }
        }

        internal ServerWorkspace Workspace => workspace;

        /// <summary>Raised when every notification of a generation's publication has been sent, with how many (tests wait for them instead of guessing).</summary>
        internal event Action<int, int>? Published;

        private void Log(string message)
        {
            lock (log)
            {
                log.WriteLine(message);
                log.Flush();
            }
        }

        /// <summary>Schedules a check and publication; a newer change cancels it.</summary>
        private void SchedulePublish()
        {
            CancellationToken token;
            lock (publishGate)
            {
                pending.Cancel();
                pending = new CancellationTokenSource();
                token = pending.Token;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await Task.Delay(Debounce, token).ConfigureAwait(false);
                    var snapshot = workspace.Current(token);
                    List<PublishDiagnosticsParams> notifications;
                    lock (publishGate)
                    {
                        // A change after this snapshot was taken has its own publication coming: never publish old diagnostics.
                        if (token.IsCancellationRequested || snapshot.Generation != workspace.Generation)
                        {
                            return;
                        }

                        notifications = publisher.For(snapshot);
                    }

                    foreach (var notification in notifications)
                    {
                        await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", notification).ConfigureAwait(false);
                    }

                    Published?.Invoke(snapshot.Generation, notifications.Count);
                    if (Interlocked.Exchange(ref protocolWarmedUp, 1) == 0)
                    {
                        ProtocolWarmUp.Run(serializerOptions);
                    }
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e) when (e is ConnectionLostException || e is ObjectDisposedException)
                {
                }
                catch (Exception e)
                {
                    Log("mcred lsp: checking failed: " + e);
                }
            });
        }

        /// <summary>The RPC target: one method per LSP message, each guarding its input (unknown URIs give an empty result).</summary>
        private sealed class Handlers
        {
            private readonly McredLanguageServer server;

            public Handlers(McredLanguageServer server) => this.server = server;

            private ServerWorkspace Workspace => server.workspace;

            [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
            public InitializeResult Initialize(InitializeParams parameters)
            {
                var roots = (parameters.WorkspaceFolders ?? new List<WorkspaceFolder>())
                    .Select(f => Uris.ToPath(f.Uri))
                    .Where(p => p != null)
                    .Select(p => p!)
                    .ToList();
                if (roots.Count == 0 && Uris.ToPath(parameters.RootUri) is string root)
                {
                    roots.Add(root);
                }

                Workspace.SetRoots(roots);
                server.SchedulePublish();
                var version = typeof(McredLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
                return new InitializeResult(
                    new ServerCapabilities(
                        new TextDocumentSyncOptions(true, LspConstants.SyncIncremental),
                        HoverProvider: true,
                        DefinitionProvider: true,
                        ReferencesProvider: true,
                        new RenameOptions(PrepareProvider: true),
                        new CompletionOptions(new List<string> { " ", "," }, ResolveProvider: false),
                        DocumentSymbolProvider: true,
                        WorkspaceSymbolProvider: true,
                        FoldingRangeProvider: true,
                        DocumentFormattingProvider: true,
                        new CodeActionOptions(new List<string> { "quickfix" }),
                        new SemanticTokensOptions(new SemanticTokensLegend(Translation.TokenTypes, new List<string>()), Full: true)),
                    new ServerInfo("mcred", version));
            }

            [JsonRpcMethod("initialized")]
            public void Initialized()
            {
            }

            [JsonRpcMethod("shutdown")]
            public object? Shutdown()
            {
                server.shutdownRequested = true;
                return null;
            }

            [JsonRpcMethod("exit")]
            public void Exit()
            {
                server.ExitCode = server.shutdownRequested ? 0 : 1;
                server.exited.TrySetResult(true);
            }

            [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
            public void DidOpen(DidOpenTextDocumentParams parameters)
            {
                if (Uris.ToTrackedPath(parameters.TextDocument.Uri) is string path)
                {
                    Workspace.Open(path, parameters.TextDocument.Uri, parameters.TextDocument.Text, parameters.TextDocument.Version);
                    server.SchedulePublish();
                }
            }

            [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
            public void DidChange(DidChangeTextDocumentParams parameters)
            {
                if (Uris.ToTrackedPath(parameters.TextDocument.Uri) is string path
                    && Workspace.Change(path, parameters.TextDocument.Version, parameters.ContentChanges.Select(c => (c.Range, c.Text)).ToList()))
                {
                    server.SchedulePublish();
                }
            }

            [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
            public void DidClose(DidCloseTextDocumentParams parameters)
            {
                if (Uris.ToTrackedPath(parameters.TextDocument.Uri) is string path)
                {
                    Workspace.Close(path);
                    server.SchedulePublish();
                }
            }

            [JsonRpcMethod("textDocument/didSave")]
            public void DidSave()
            {
            }

            [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
            public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
            {
                foreach (var change in parameters.Changes)
                {
                    if (Uris.ToPath(change.Uri) is string path)
                    {
                        Workspace.DiskChanged(path);
                    }
                }

                server.SchedulePublish();
            }

            [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
            public Hover? Hover(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
                At(parameters.TextDocument, parameters.Position, cancellation, (snapshot, path, offset) =>
                    HoverService.At(snapshot.Plan, path, offset) is HoverInfo hover ? Translation.ToHover(hover) : null);

            [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
            public List<Location> Definition(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
                At(parameters.TextDocument, parameters.Position, cancellation, (snapshot, path, offset) =>
                    NavigationService.Definition(snapshot.Plan, path, offset).Select(r => Translation.ToLocation(snapshot, r)).ToList()) ?? new List<Location>();

            [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
            public List<Location> References(ReferenceParams parameters, CancellationToken cancellation) =>
                At(parameters.TextDocument, parameters.Position, cancellation, (snapshot, path, offset) =>
                    NavigationService.References(snapshot.Plan, path, offset, parameters.Context?.IncludeDeclaration ?? true).Select(r => Translation.ToLocation(snapshot, r)).ToList()) ?? new List<Location>();

            [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
            public PrepareRenameResult? PrepareRename(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
                At(parameters.TextDocument, parameters.Position, cancellation, (snapshot, path, offset) =>
                    NavigationService.PrepareRename(snapshot.Plan, path, offset) is (PlanRange range, string id) ? new PrepareRenameResult(Translation.ToRange(range.Lines), id) : null);

            [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
            public WorkspaceEdit? Rename(RenameParams parameters, CancellationToken cancellation)
            {
                var edit = At(parameters.TextDocument, parameters.Position, cancellation, (snapshot, path, offset) =>
                {
                    var outcome = NavigationService.Rename(snapshot.Plan, path, offset, parameters.NewName);
                    if (outcome.Refusal != null)
                    {
                        throw new LocalRpcException(outcome.Refusal) { ErrorCode = LspConstants.RequestFailed };
                    }

                    return Translation.ToWorkspaceEdit(snapshot, outcome.Edits);
                });
                return edit;
            }

            [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
            public CompletionList Completion(CompletionParams parameters, CancellationToken cancellation) =>
                At(parameters.TextDocument, parameters.Position, cancellation, (snapshot, path, offset) => Translation.ToCompletionList(CompletionService.At(snapshot.Plan, path, offset)))
                    ?? new CompletionList(false, new List<CompletionItem>());

            [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
            public List<DocumentSymbol> DocumentSymbols(DocumentSymbolParams parameters, CancellationToken cancellation) =>
                InFile(parameters.TextDocument, cancellation, file => OutlineService.Document(file).Select(Translation.ToDocumentSymbol).ToList()) ?? new List<DocumentSymbol>();

            [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
            public List<SymbolInformation> WorkspaceSymbols(WorkspaceSymbolParams parameters, CancellationToken cancellation) =>
                Workspace.Read(snapshot => OutlineService.Workspace(snapshot.Plan, parameters.Query ?? string.Empty).Select(s => Translation.ToSymbolInformation(snapshot, s)).ToList(), cancellation);

            [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
            public List<FoldingRange> FoldingRanges(FoldingRangeParams parameters, CancellationToken cancellation) =>
                InFile(parameters.TextDocument, cancellation, file => OutlineService.Folding(file).Select(Translation.ToFoldingRange).ToList()) ?? new List<FoldingRange>();

            [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
            public List<TextEdit> Formatting(DocumentFormattingParams parameters, CancellationToken cancellation) =>
                InFile(parameters.TextDocument, cancellation, file => EditService.Format(file).Select(Translation.ToTextEdit).ToList()) ?? new List<TextEdit>();

            [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
            public SemanticTokens SemanticTokens(SemanticTokensParams parameters, CancellationToken cancellation) =>
                InFile(parameters.TextDocument, cancellation, file => Translation.ToSemanticTokens(HighlightService.Tokens(file))) ?? new SemanticTokens(new List<int>());

            [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
            public List<CodeAction> CodeActions(CodeActionParams parameters, CancellationToken cancellation)
            {
                var path = Uris.ToPlanPath(parameters.TextDocument?.Uri);
                return path == null || parameters.Range == null
                    ? new List<CodeAction>()
                    : Workspace.Read(snapshot => snapshot.File(path) is Syntax.SyntaxFile file
                        ? EditService.QuickFixes(snapshot.Plan, path, Positions.ToSpan(file.Text, parameters.Range)).Select(f => Translation.ToCodeAction(snapshot, f)).ToList()
                        : new List<CodeAction>(), cancellation);
            }

            [JsonRpcMethod("$/setTrace")]
            public void SetTrace()
            {
            }

            private T? At<T>(TextDocumentIdentifier? document, Position? position, CancellationToken cancellation, Func<Snapshot, string, int, T> feature)
            {
                var path = Uris.ToPlanPath(document?.Uri);
                if (path == null || position == null)
                {
                    return default;
                }

                return Workspace.Read(snapshot =>
                {
                    var file = snapshot.File(path);
                    return file == null ? default : feature(snapshot, path, Positions.ToOffset(file.Text, position));
                }, cancellation);
            }

            private T? InFile<T>(TextDocumentIdentifier? document, CancellationToken cancellation, Func<Syntax.SyntaxFile, T> feature)
                where T : class
            {
                var path = Uris.ToPlanPath(document?.Uri);
                var file = path == null ? null : Workspace.Current(cancellation).File(path);
                return file == null ? null : feature(file);
            }
        }
    }
}
