using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// A real <c>mcred lsp</c> process spoken to in raw bytes, as a broken or hostile client would: what it answers is
    /// read in the background (frames of its stdout, every byte counted) and what it logs is kept, so a test can wait
    /// for an answer with a deadline instead of blocking forever on a wedged server.
    /// </summary>
    internal sealed class RawServer : IDisposable
    {
        private readonly Process process;
        private readonly Channel<JsonElement> messages = Channel.CreateUnbounded<JsonElement>();
        private readonly StringBuilder errors = new StringBuilder();
        private readonly Dictionary<string, JsonElement> published = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        private long outputBytes;

        private RawServer(Process process)
        {
            this.process = process;
            process.ErrorDataReceived += (_, e) =>
            {
                lock (errors)
                {
                    if (e.Data != null && errors.Length < 1_000_000)
                    {
                        errors.AppendLine(e.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
            _ = Task.Run(ReadOutput);
        }

        public long OutputBytes => Interlocked.Read(ref outputBytes);

        public string Errors
        {
            get
            {
                lock (errors)
                {
                    return errors.ToString();
                }
            }
        }

        public bool HasExited => process.HasExited;

        /// <summary>The latest diagnostics published per URI.</summary>
        public Dictionary<string, JsonElement> Published
        {
            get
            {
                lock (published)
                {
                    return new Dictionary<string, JsonElement>(published, StringComparer.Ordinal);
                }
            }
        }

        /// <summary>The server's resident memory now.</summary>
        public long WorkingSet
        {
            get
            {
                process.Refresh();
                return process.WorkingSet64;
            }
        }
        public int ExitCode => process.ExitCode;

        public static RawServer Start(string folder, params string[] arguments)
        {
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            info.ArgumentList.Add(typeof(Mcred.Cli.CliRunner).Assembly.Location);
            info.ArgumentList.Add("lsp");
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            return new RawServer(Process.Start(info)!);
        }

        public void SendBytes(byte[] bytes)
        {
            process.StandardInput.BaseStream.Write(bytes);
            process.StandardInput.BaseStream.Flush();
        }

        public void SendRaw(string text) => SendBytes(Encoding.UTF8.GetBytes(text));

        /// <summary>Sends one correctly framed message.</summary>
        public void Send(string json, string lineEnd = "\r\n")
        {
            var body = Encoding.UTF8.GetBytes(json);
            SendRaw($"Content-Length: {body.Length}{lineEnd}{lineEnd}");
            SendBytes(body);
        }

        public void Request(int id, string method, string parameters = "{}") =>
            Send($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{parameters}}}");

        public void Initialize(int id = 1) => Request(id, "initialize", "{\"capabilities\":{}}");

        /// <summary>Initializes with <paramref name="folder"/> as the workspace folder.</summary>
        public void Initialize(string folder) =>
            Request(1, "initialize", JsonSerializer.Serialize(new { rootUri = LspClient.Uri(folder), workspaceFolders = new[] { new { uri = LspClient.Uri(folder), name = "plans" } }, capabilities = new { } }));

        public void CloseInput() => process.StandardInput.Close();

        /// <summary>The next answer (a message with an id and no method), skipping notifications; fails after the deadline.</summary>
        public async Task<JsonElement> Answer(TimeSpan? patience = null)
        {
            using var deadline = new CancellationTokenSource(patience ?? LspClient.Patience);
            try
            {
                while (true)
                {
                    var message = await messages.Reader.ReadAsync(deadline.Token);
                    if (!message.TryGetProperty("method", out _))
                    {
                        return message;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"the server gave no answer within {(patience ?? LspClient.Patience).TotalSeconds} s; it logged:\n{Errors}");
            }
        }

        public bool WaitForExit() => process.WaitForExit((int)LspClient.Patience.TotalMilliseconds);

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        private async Task ReadOutput()
        {
            var stream = process.StandardOutput.BaseStream;
            var buffer = new List<byte>();
            var chunk = new byte[8192];
            int n;
            try
            {
                while ((n = await stream.ReadAsync(chunk)) > 0)
                {
                    Interlocked.Add(ref outputBytes, n);
                    buffer.AddRange(new ArraySegment<byte>(chunk, 0, n));
                    while (TryTakeFrame(buffer, out var body))
                    {
                        var message = JsonDocument.Parse(body).RootElement.Clone();
                        if (message.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics")
                        {
                            lock (published)
                            {
                                published[message.GetProperty("params").GetProperty("uri").GetString()!] = message.GetProperty("params");
                            }
                        }

                        messages.Writer.TryWrite(message);
                    }
                }
            }
            catch (IOException)
            {
            }

            messages.Writer.TryComplete();
        }

        private static bool TryTakeFrame(List<byte> buffer, out byte[] body)
        {
            body = Array.Empty<byte>();
            var text = Encoding.ASCII.GetString(buffer.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            var length = 0;
            foreach (var line in text.Substring(0, end).Split("\r\n"))
            {
                if (line.StartsWith("Content-Length:", StringComparison.Ordinal))
                {
                    length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (buffer.Count < end + 4 + length)
            {
                return false;
            }

            body = buffer.GetRange(end + 4, length).ToArray();
            buffer.RemoveRange(0, end + 4 + length);
            return true;
        }
    }
}
