using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Mcred.Workspace;
using Xunit;
using Xunit.Abstractions;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// A bounded fuzz of the real <c>mcred lsp</c> process: a fixed number of random actions (broken framing, random
    /// JSON-RPC messages, random edits of open plans) from a printed seed (<c>MCRED_PROPERTY_SEED</c> replays one).
    /// Afterwards the server still answers, its memory is bounded, and once the buffers hold their disk text again its
    /// diagnostics equal <c>mcred check</c>'s.
    /// </summary>
    public class TransportFuzzTests
    {
        private static readonly string[] Methods =
        {
            "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references", "textDocument/rename",
            "textDocument/formatting", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/codeAction",
            "textDocument/semanticTokens/full", "workspace/symbol", "no/such", "$/cancelRequest", "initialize", "initialized",
        };

        private readonly ITestOutputHelper output;

        public TransportFuzzTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public async Task Random_framing_messages_and_edits_leave_a_server_that_answers_and_agrees_with_mcred_check()
        {
            var seed = int.TryParse(Environment.GetEnvironmentVariable("MCRED_PROPERTY_SEED"), out var given) ? given : 20261203;
            output.WriteLine($"seed {seed} (replay with MCRED_PROPERTY_SEED={seed})");
            var random = new Random(seed);
            var folder = Path.Combine(Path.GetTempPath(), "mcred-fuzz-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples", "analytics"), "*.mcred"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            // A finding to agree on, not only the absence of findings.
            File.WriteAllText(Path.Combine(folder, "spare.mcred"), "persona spare {\n  description \"Nobody earns a credential as this persona yet\"\n}\n");
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.mcred]\nmcred_today = " + ServerSession.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n");
            var plans = Directory.GetFiles(folder, "*.mcred").OrderBy(p => p, StringComparer.Ordinal).ToArray();
            using var server = RawServer.Start(folder);
            server.Initialize(folder);
            await server.Answer();
            server.Send("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

            var versions = new Dictionary<string, int>();
            var texts = plans.ToDictionary(p => p, File.ReadAllText);
            for (var step = 0; step < 400; step++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        server.SendBytes(Garbage(random));
                        break;
                    case 1:
                        server.Send(RandomMessage(random, plans));
                        break;
                    default:
                        var path = plans[random.Next(plans.Length)];
                        var text = Mutate(random, texts[path]);
                        texts[path] = text;
                        var uri = LspClient.Uri(path);
                        if (!versions.TryGetValue(path, out var version))
                        {
                            server.Send(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "mcred", version = 1, text } } }));
                            versions[path] = 1;
                        }
                        else
                        {
                            versions[path] = version + 1;
                            server.Send(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri, version = version + 1 }, contentChanges = new[] { new { text } } } }));
                        }

                        break;
                }
            }

            // The last garbage may have announced a body longer than it sent, which takes the start of what follows:
            // ping until a ping is answered, so the resets below are read as messages of their own.
            await Ping(server, 900_000);

            // Back to the disk text everywhere; a valid request is answered.
            foreach (var path in versions.Keys.ToList())
            {
                versions[path]++;
                server.Send(JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didChange", @params = new { textDocument = new { uri = LspClient.Uri(path), version = versions[path] }, contentChanges = new[] { new { text = File.ReadAllText(path) } } } }));
            }

            var answer = await Ping(server, 1_000_000);
            Assert.True(answer.TryGetProperty("result", out _), answer.ToString());

            var expected = McredChecker.CheckDisk(new[] { folder }, folder, ServerSession.Today).Diagnostics
                .Where(d => d.Severity > Mcred.Diagnostics.McredSeverity.Silent)
                .Select(d => $"{Path.GetFileName(d.Location.Path)}:{d.Location.Line - 1}:{d.Location.Column - 1}:{d.Id}")
                .OrderBy(s => s, StringComparer.Ordinal).ToList();
            var deadline = DateTime.UtcNow + LspClient.Patience;
            List<string> got;
            while (true)
            {
                var published = server.Published;
                got = published.Values.SelectMany(p => p.GetProperty("diagnostics").EnumerateArray().Select(d =>
                        $"{Path.GetFileName(new Uri(p.GetProperty("uri").GetString()!).LocalPath)}:{d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()}:{d.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32()}:{d.GetProperty("code").GetString()}"))
                    .OrderBy(s => s, StringComparer.Ordinal).ToList();
                // (A didOpen the garbage took never opened its buffer, so versions cannot be waited for: the diagnostics can.)
                if (got.SequenceEqual(expected) || DateTime.UtcNow > deadline)
                {
                    break;
                }

                await Task.Delay(50);
            }

            Assert.NotEmpty(expected);
            Assert.True(expected.SequenceEqual(got), $"expected {string.Join(", ", expected)}\ngot {string.Join(", ", got)}\nversions {string.Join(", ", versions.Select(v => Path.GetFileName(v.Key) + "=" + v.Value))}\npublished {string.Join(", ", server.Published.Select(p => Path.GetFileName(p.Key) + "=" + (p.Value.TryGetProperty("version", out var pv) ? pv.ToString() : "-")))}\nlog:\n{server.Errors}");
            Assert.True(server.WorkingSet < 1024L * 1024 * 1024, $"the server holds {server.WorkingSet / (1024 * 1024)} MB");
            server.CloseInput();
            Assert.True(server.WaitForExit(), "the server kept running after stdin closed");
        }

        /// <summary>Sends workspace/symbol requests (ids from <paramref name="firstId"/>) until one is answered.</summary>
        private static async Task<JsonElement> Ping(RawServer server, int firstId)
        {
            for (var id = firstId; id < firstId + 5; id++)
            {
                server.Request(id, "workspace/symbol", "{\"query\":\"data\"}");
                try
                {
                    while (true)
                    {
                        // A ping whose header a pending body took is never answered: after a while, send the next.
                        var answer = await server.Answer(TimeSpan.FromSeconds(5));
                        if (answer.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
                        {
                            return answer;
                        }
                    }
                }
                catch (TimeoutException)
                {
                }
            }

            throw new TimeoutException("no ping was answered");
        }

        private static byte[] Garbage(Random random)
        {
            switch (random.Next(4))
            {
                case 0:
                    var bytes = new byte[random.Next(1, 300)];
                    random.NextBytes(bytes);
                    return bytes;
                case 1:
                    // A length the server must refuse (a plausible one would rightly swallow what follows as its body).
                    var length = random.Next(3) switch { 0 => -random.Next(1, 1000), 1 => 100_000_000L + random.Next(), _ => 1_000_000_000_000L };
                    return Encoding.ASCII.GetBytes($"Content-Length: {length}\r\n\r\n");
                case 2:
                    return Encoding.ASCII.GetBytes(new[] { "Content-Length abc\r\n\r\n", "Content-Type: text/plain; charset=ebcdic\r\n\r\n{}", "\r\n\r\n", "Content-Length: \n\n" }[random.Next(4)]);
                default:
                    var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":" + random.Next(100) + ",\"method\":\"workspace/symbol\"");
                    return Encoding.ASCII.GetBytes($"Content-Length: {body.Length + random.Next(0, 50)}\r\n\r\n").Concat(body).ToArray();
            }
        }

        private static string RandomMessage(Random random, string[] plans)
        {
            var method = Methods[random.Next(Methods.Length)];
            var uri = LspClient.Uri(plans[random.Next(plans.Length)]);
            var id = random.Next(3) switch { 0 => random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture), 1 => "\"s" + random.Next(1000) + "\"", _ => "null" };
            var parameters = random.Next(5) switch
            {
                0 => "\"a string\"",
                1 => random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                2 => "{}",
                3 => $"{{\"textDocument\":{{\"uri\":\"{uri}\"}},\"position\":{{\"line\":{random.Next(-5, 200)},\"character\":{random.Next(-5, 200)}}},\"newName\":\"x{random.Next(10)}\",\"query\":\"a\",\"context\":{{\"includeDeclaration\":true,\"diagnostics\":[]}},\"range\":{{\"start\":{{\"line\":0,\"character\":0}},\"end\":{{\"line\":{random.Next(50)},\"character\":0}}}}}}",
                _ => "[1,2,3]",
            };
            var version = random.Next(10) == 0 ? "1.0" : "2.0";
            return $"{{\"jsonrpc\":\"{version}\",\"id\":{id},\"method\":\"{method}\",\"params\":{parameters}}}";
        }

        private static string Mutate(Random random, string text)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    return text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                case 1:
                    var pieces = new[] { "{", "}", "\"", "skill ", "category x", "\n", "# mcred-disable-next-line MCR1016\n", "\u2028", "é", "zz" };
                    return text.Insert(at, pieces[random.Next(pieces.Length)]);
                default:
                    return text;
            }
        }
    }
}
