using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Mcred.LanguageServer.Protocol;
using Mcred.TestSupport;
using Xunit;
using Range = Mcred.LanguageServer.Protocol.Range;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// <c>mcred lsp</c> as editors run it: a child process spoken to over its stdin and stdout. Everything the server
    /// writes to stdout must be protocol (the client would fail on anything else); logs go to stderr.
    /// </summary>
    public class ServerProcessTests
    {
        private static Process StartServer(string folder)
        {
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            info.ArgumentList.Add(typeof(Mcred.Cli.CliRunner).Assembly.Location);
            info.ArgumentList.Add("lsp");
            var process = Process.Start(info)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return process;
        }

        private static string CopyExample()
        {
            var folder = Path.Combine(Path.GetTempPath(), "mcred-lsp-process-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples", "analytics"), "*.mcred"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            // The server process reads the machine's date; the comparison runs in-process on the tests' fixed date.
            // mcred_today gives both the same "today", whatever the clock says (CI also runs under faketime).
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.mcred]\nmcred_today = " + CliRun.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n");
            return folder;
        }

        [Fact]
        public async Task A_session_from_initialize_to_exit_matches_check_and_exits_zero()
        {
            var folder = CopyExample();
            File.AppendAllText(Path.Combine(folder, "skills.mcred"), "\nskill orphan \"Orphan\" {\n  why \"Short.\"\n}\n");
            using var process = StartServer(folder);
            using var client = new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            await client.Initialize(folder);

            // Diagnostics equal mcred check --format json on the same folder.
            using var run = new CliRun(folder);
            run.Run("check", ".", "--format", "json", "--fail-on", "none");
            var expected = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("diagnostics").EnumerateArray()
                .Where(d => d.GetProperty("severity").GetString() != "silent")
                .Select(d => $"{d.GetProperty("path").GetString()}:{d.GetProperty("line").GetInt32() - 1}:{d.GetProperty("column").GetInt32() - 1}:{d.GetProperty("endLine").GetInt32() - 1}:{d.GetProperty("endColumn").GetInt32() - 1}:{d.GetProperty("id").GetString()}:{d.GetProperty("message").GetString()}:{d.GetProperty("helpUri").GetString()}")
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);
            var skills = Path.Combine(folder, "skills.mcred");
            await client.WaitForDiagnostics(skills, p => p.Diagnostics.Count == expected.Count(e => e.StartsWith("skills.mcred:", StringComparison.Ordinal)));
            var got = client.Diagnostics.Values.SelectMany(p => p.Diagnostics.Select(d =>
                    $"{Path.GetFileName(new Uri(p.Uri).LocalPath)}:{d.Range.Start.Line}:{d.Range.Start.Character}:{d.Range.End.Line}:{d.Range.End.Character}:{d.Code}:{d.Message}:{d.CodeDescription.Href}"))
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, got);

            // Hover, definition, references, completion, rename and formatting answer over stdio too.
            var credentials = Path.Combine(folder, "credentials.mcred");
            var text = File.ReadAllText(credentials);
            var (line, character) = ServerSession.Find(text, "data-storytelling", 1, "credentials");
            var hover = await client.Request<Hover>("textDocument/hover", LspClient.Doc(credentials, line, character));
            Assert.Contains("Data storytelling", hover.Contents.Value);
            var definition = await client.Request<List<Location>>("textDocument/definition", LspClient.Doc(credentials, line, character));
            Assert.Equal(LspClient.Uri(skills), Assert.Single(definition).Uri);
            var references = await client.Request<List<Location>>("textDocument/references", new { textDocument = new { uri = LspClient.Uri(credentials) }, position = new { line, character }, context = new { includeDeclaration = false } });
            Assert.Equal(LspClient.Uri(credentials), Assert.Single(references).Uri);
            var completion = await client.Request<CompletionList>("textDocument/completion", LspClient.Doc(credentials, line, character));
            Assert.Contains(completion.Items, i => i.Label == "stakeholder-questions");
            var rename = await client.Request<WorkspaceEdit>("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(credentials) }, position = new { line, character }, newName = "storytelling" });
            Assert.Equal(2, rename.Changes.Count);
            var formatting = await client.Request<List<TextEdit>>("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(credentials) } });
            Assert.Empty(formatting);

            // A typo typed, then fixed.
            await client.Open(credentials, text);
            var (issuerLine, issuerCharacter) = ServerSession.Find(text, "northwind", 0, "credentials");
            var span = new Range(new Position(issuerLine, issuerCharacter), new Position(issuerLine, issuerCharacter + "northwind".Length));
            await client.Change(credentials, 2, span, "northwnd");
            await client.WaitForDiagnostics(credentials, p => p.Version == 2 && p.Diagnostics.Any(d => d.Code == "MCR0002"));
            await client.Change(credentials, 3, new Range(span.Start, new Position(issuerLine, issuerCharacter + "northwnd".Length)), "northwind");
            await client.WaitForDiagnostics(credentials, p => p.Version == 3 && p.Diagnostics.All(d => d.Code != "MCR0002"));

            await client.Request<object?>("shutdown", null);
            await client.Notify("exit");
            Assert.True(process.WaitForExit((int)LspClient.Patience.TotalMilliseconds), "the server did not exit after exit");
            Assert.Equal(0, process.ExitCode);
        }

        [Fact]
        public async Task The_server_exits_when_its_input_closes()
        {
            var folder = CopyExample();
            using var process = StartServer(folder);
            using (var client = new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream))
            {
                await client.Initialize(folder);
            }

            process.StandardInput.Close();
            Assert.True(process.WaitForExit((int)LspClient.Patience.TotalMilliseconds), "the server kept running after stdin closed");
            Assert.Equal(1, process.ExitCode);
        }

        [Fact]
        public async Task Malformed_messages_and_unknown_methods_get_errors_and_the_server_goes_on()
        {
            var folder = CopyExample();
            using var process = StartServer(folder);
            var input = process.StandardInput.BaseStream;
            var output = process.StandardOutput.BaseStream;
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
            Assert.Equal(1, Read(output).GetProperty("id").GetInt32());
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{oops");
            Assert.Equal(-32700, Read(output).GetProperty("error").GetProperty("code").GetInt32());
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such\",\"params\":{}}");
            var unknown = Read(output);
            Assert.Equal((3, -32601), (unknown.GetProperty("id").GetInt32(), unknown.GetProperty("error").GetProperty("code").GetInt32()));
            Send(input, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///not/open.txt\"},\"position\":{\"line\":99999,\"character\":5}}}");
            var empty = Read(output);
            Assert.Equal((4, JsonValueKind.Null), (empty.GetProperty("id").GetInt32(), empty.GetProperty("result").ValueKind));
            input.Close();
            Assert.True(process.WaitForExit((int)LspClient.Patience.TotalMilliseconds));
        }

        private static void Send(Stream input, string json)
        {
            var body = Encoding.UTF8.GetBytes(json);
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            input.Write(header);
            input.Write(body);
            input.Flush();
        }

        /// <summary>Reads one framed message, skipping notifications (published diagnostics).</summary>
        private static JsonElement Read(Stream output)
        {
            while (true)
            {
                var length = 0;
                string line;
                while ((line = ReadLine(output)).Length > 0)
                {
                    Assert.StartsWith("Content-", line);
                    if (line.StartsWith("Content-Length:", StringComparison.Ordinal))
                    {
                        length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                var body = new byte[length];
                var read = 0;
                while (read < length)
                {
                    var n = output.Read(body, read, length - read);
                    Assert.True(n > 0, "the server closed its output");
                    read += n;
                }

                var message = JsonDocument.Parse(body).RootElement;
                if (message.TryGetProperty("id", out _) || !message.TryGetProperty("method", out _))
                {
                    return message;
                }
            }
        }

        private static string ReadLine(Stream stream)
        {
            var bytes = new List<byte>();
            int b;
            while ((b = stream.ReadByte()) >= 0 && b != '\n')
            {
                bytes.Add((byte)b);
            }

            return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
        }
    }
}
