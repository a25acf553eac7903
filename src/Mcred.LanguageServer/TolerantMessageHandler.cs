using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// LSP framing (Content-Length headers) that survives a malformed message: StreamJsonRpc ends the connection on a
    /// message it cannot parse, an editor's server must not. The message is skipped, answered with a JSON-RPC parse
    /// error (id null, as the specification says) and logged; the next message is read as usual.
    /// </summary>
    internal sealed class TolerantMessageHandler : HeaderDelimitedMessageHandler
    {
        private readonly Action<string> log;

        public TolerantMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter, Action<string> log)
            : base(sendingStream, receivingStream, formatter)
        {
            this.log = log;
        }

        protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                try
                {
                    return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!(e is OperationCanceledException || e is IOException || e is ObjectDisposedException))
                {
                    log("mcred lsp: skipped a malformed message: " + e.Message);
                    var error = new JsonRpcError { RequestId = default, Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "malformed message: " + e.Message } };
                    await WriteAsync(error, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
