using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// A real LSP client over a pair of streams (in-process pipes or a child process's stdio), speaking JSON-RPC with
    /// Content-Length framing through StreamJsonRpc, as an editor does. Published diagnostics are kept per URI.
    /// </summary>
    internal sealed class LspClient : IDisposable
    {
        /// <summary>How long a test waits for the server before failing (generous: a loaded CI machine is slow, not wrong).</summary>
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

        private readonly JsonRpc rpc;
        private readonly ConcurrentDictionary<string, PublishDiagnosticsParams> diagnostics = new ConcurrentDictionary<string, PublishDiagnosticsParams>();
        private readonly SemaphoreSlim published = new SemaphoreSlim(0);

        public LspClient(Stream toServer, Stream fromServer)
        {
            var formatter = new SystemTextJsonFormatter();
            formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
            rpc = new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, formatter));
            rpc.AddLocalRpcTarget(new Notifications(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
            rpc.StartListening();
        }

        public Task Completion => rpc.Completion;

        public Task<T> Request<T>(string method, object? parameters) => rpc.InvokeWithParameterObjectAsync<T>(method, parameters);

        public Task Notify(string method, object? parameters = null) => rpc.NotifyWithParameterObjectAsync(method, parameters);

        public async Task<InitializeResult> Initialize(string folder)
        {
            var result = await Request<InitializeResult>("initialize", new { processId = (int?)null, rootUri = Uri(folder), workspaceFolders = new[] { new { uri = Uri(folder), name = "plans" } }, capabilities = new { } });
            await Notify("initialized", new { });
            return result;
        }

        public Task Open(string path, string text, int version = 1) =>
            Notify("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "mcred", version, text } });

        public Task Change(string path, int version, Protocol.Range? range, string text) =>
            Notify("textDocument/didChange", new { textDocument = new { uri = Uri(path), version }, contentChanges = new object[] { range == null ? new { text } : new { range, text } } });

        public static object Doc(string path, int line, int character) =>
            new { textDocument = new { uri = Uri(path) }, position = new { line, character } };

        /// <summary>Waits until the diagnostics published for <paramref name="path"/> satisfy <paramref name="condition"/>.</summary>
        public async Task<PublishDiagnosticsParams> WaitForDiagnostics(string path, Func<PublishDiagnosticsParams, bool> condition)
        {
            var uri = Uri(path);
            var deadline = DateTime.UtcNow + Patience;
            while (true)
            {
                if (diagnostics.TryGetValue(uri, out var latest) && condition(latest))
                {
                    return latest;
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"no diagnostics as expected for {path}; last: {(latest == null ? "none" : string.Join("; ", latest.Diagnostics.ConvertAll(d => d.Code + " " + d.Message)))}");
                }

                await published.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }

        public IReadOnlyDictionary<string, PublishDiagnosticsParams> Diagnostics => diagnostics;

        /// <summary>Waits until at least <paramref name="count"/> publications have arrived (the server says how many it sent).</summary>
        public async Task WaitForPublications(int count)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (History.Count < count)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"{History.Count} of {count} publications arrived");
                }

                await published.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }

        private readonly List<PublishDiagnosticsParams> history = new List<PublishDiagnosticsParams>();

        /// <summary>Every publication received, in order.</summary>
        public List<PublishDiagnosticsParams> History
        {
            get
            {
                lock (history)
                {
                    return new List<PublishDiagnosticsParams>(history);
                }
            }
        }

        public static string Uri(string path) => new Uri(path).AbsoluteUri;

        public void Dispose() => rpc.Dispose();

        private sealed class Notifications
        {
            private readonly LspClient client;

            public Notifications(LspClient client) => this.client = client;

            [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
            public void Publish(PublishDiagnosticsParams parameters)
            {
                client.diagnostics[parameters.Uri] = parameters;
                lock (client.history)
                {
                    client.history.Add(parameters);
                }

                client.published.Release();
            }

            [JsonRpcMethod("window/logMessage")]
            public void LogMessage()
            {
            }
        }
    }
}
