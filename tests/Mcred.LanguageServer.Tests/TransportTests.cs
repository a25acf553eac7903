using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Mcred.LanguageServer.Tests
{
    /// <summary>
    /// The connection no client can wedge, against the real <c>mcred lsp</c> process: each attack of the reliability
    /// round (malformed framing, wrong JSON-RPC, the lifecycle out of order, input that ends anywhere) is followed by
    /// valid requests, which must all be answered; what the server writes and logs stays small.
    /// </summary>
    public class TransportTests
    {
        public static TheoryData<string, string> BrokenFraming() => new TheoryData<string, string>
        {
            { "a length that is not a number", "Content-Length: abc\r\n\r\n" },
            { "a negative length", "Content-Length: -5\r\n\r\n{\"jsonrpc\":\"2.0\"}" },
            { "a length of 10^12", "Content-Length: 1000000000000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}" },
            { "a length of 2^31", "Content-Length: 2147483648\r\n\r\n" },
            { "no length at all", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":98,\"method\":\"shutdown\"}" },
            { "a header line without a colon", "Content-Length 12\r\n\r\n" },
            { "a header line of 100 KB", new string('x', 100_000) + "\r\n\r\n" },
            { "random bytes", Encoding.Latin1.GetString(Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919 + 13) % 251)).ToArray()) },
        };

        [Theory]
        [MemberData(nameof(BrokenFraming))]
        public async Task After_broken_framing_every_later_request_is_answered(string attack, string bytes)
        {
            using var server = RawServer.Start(Folder());
            server.SendBytes(Encoding.Latin1.GetBytes(bytes));
            server.Initialize();
            Assert.Equal(1, (await server.Answer()).GetProperty("id").GetInt32());
            for (var id = 2; id <= 7; id++)
            {
                server.Request(id, "workspace/symbol", "{\"query\":\"x\"}");
                var answer = await server.Answer();
                Assert.Equal(id, answer.GetProperty("id").GetInt32());
                Assert.True(answer.TryGetProperty("result", out _), $"{attack}: request {id} got {answer}");
            }

            // Neither an answer per byte nor a log line per byte: the attack costs one line.
            Assert.True(server.OutputBytes < 64 * 1024, $"{attack}: the server wrote {server.OutputBytes} bytes");
            Assert.True(server.Errors.Split('\n').Count(l => l.Contains("skipped input")) <= 2, $"{attack}: {server.Errors}");
            server.CloseInput();
            Assert.True(server.WaitForExit(), $"{attack}: the server kept running after stdin closed");
        }

        [Fact]
        public async Task LF_only_line_ends_are_read_as_the_protocol_means_them()
        {
            using var server = RawServer.Start(Folder());
            server.Send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}", lineEnd: "\n");
            Assert.Equal(1, (await server.Answer()).GetProperty("id").GetInt32());
        }

        [Fact]
        public async Task A_message_over_the_size_limit_is_skipped_unread_and_the_next_is_answered()
        {
            using var server = RawServer.Start(Folder(), "--max-message-mb", "1");
            server.Initialize();
            await server.Answer();
            var huge = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"" + new string('q', 3 * 1024 * 1024) + "\"}}";
            server.Send(huge);
            server.Request(3, "workspace/symbol", "{\"query\":\"x\"}");
            Assert.Equal(3, (await server.Answer()).GetProperty("id").GetInt32());
            Assert.Contains("over the limit of 1048576 bytes", server.Errors);
        }

        [Theory]
        [InlineData("\"a string\"")]
        [InlineData("42")]
        public async Task Params_that_are_not_an_object_get_an_error_with_the_requests_id(string parameters)
        {
            using var server = RawServer.Start(Folder());
            server.Initialize();
            await server.Answer();
            server.Request(5, "textDocument/hover", parameters);
            var answer = await server.Answer();
            Assert.Equal(5, answer.GetProperty("id").GetInt32());
            Assert.Equal(-32602, answer.GetProperty("error").GetProperty("code").GetInt32());
        }

        [Fact]
        public async Task Requests_before_initialize_and_after_shutdown_are_refused_with_their_ids_and_exit_still_works()
        {
            using var server = RawServer.Start(Folder());
            server.Request(1, "workspace/symbol", "{\"query\":\"x\"}");
            var early = await server.Answer();
            Assert.Equal((1, -32002), (early.GetProperty("id").GetInt32(), early.GetProperty("error").GetProperty("code").GetInt32()));

            server.Initialize(2);
            Assert.Equal(2, (await server.Answer()).GetProperty("id").GetInt32());
            server.Request(3, "shutdown");
            Assert.Equal(3, (await server.Answer()).GetProperty("id").GetInt32());
            server.Request(4, "workspace/symbol", "{\"query\":\"x\"}");
            var late = await server.Answer();
            Assert.Equal((4, -32600), (late.GetProperty("id").GetInt32(), late.GetProperty("error").GetProperty("code").GetInt32()));

            server.Send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            Assert.True(server.WaitForExit());
            Assert.Equal(0, server.ExitCode);
        }

        [Fact]
        public async Task A_message_that_is_not_JSON_RPC_2_0_is_refused_with_its_id_and_not_run()
        {
            using var server = RawServer.Start(Folder());
            server.Initialize();
            await server.Answer();
            server.Send("{\"jsonrpc\":\"1.0\",\"id\":2,\"method\":\"shutdown\",\"params\":{}}");
            var refused = await server.Answer();
            Assert.Equal((2, -32600), (refused.GetProperty("id").GetInt32(), refused.GetProperty("error").GetProperty("code").GetInt32()));

            // The refused shutdown did not happen: requests still run.
            server.Request(3, "workspace/symbol", "{\"query\":\"x\"}");
            Assert.True((await server.Answer()).TryGetProperty("result", out _));
        }

        [Fact]
        public async Task A_body_in_another_charset_is_refused_with_its_id()
        {
            using var server = RawServer.Start(Folder());
            server.Initialize();
            await server.Answer();
            var body = Encoding.Latin1.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"caf\u00e9\"}}");
            server.SendRaw($"Content-Length: {body.Length}\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n");
            server.SendBytes(body);
            var refused = await server.Answer();
            Assert.Equal(2, refused.GetProperty("id").GetInt32());
            Assert.Contains("latin1", refused.GetProperty("error").GetProperty("message").GetString());
        }

        [Theory]
        [InlineData("Content-Len")]
        [InlineData("Content-Length: 500\r\n\r\n{\"jsonrpc\"")]
        public void The_server_exits_when_its_input_ends_in_the_middle_of_a_message(string partial)
        {
            using var server = RawServer.Start(Folder());
            server.Send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
            server.SendRaw(partial);
            server.CloseInput();
            Assert.True(server.WaitForExit(), "the server kept running after stdin closed");
        }

        private static string Folder()
        {
            var folder = Path.Combine(Path.GetTempPath(), "mcred-transport-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "plan.mcred"), "persona p {\n  description \"A learner who is here to be found\"\n}\n");
            return folder;
        }
    }
}
