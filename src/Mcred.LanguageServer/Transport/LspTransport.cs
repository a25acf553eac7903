using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Mcred.LanguageServer.Transport
{
    /// <summary>
    /// The server's end of the LSP connection, which no client can wedge. Framing is <see cref="LspFraming"/>; each
    /// body is checked (<see cref="Envelope"/>) and held to the lifecycle (<see cref="LspLifecycle"/>) before
    /// StreamJsonRpc sees it, so every request that cannot run is answered with an error carrying its own id, and
    /// every message that cannot be read is logged once and skipped.
    /// </summary>
    internal sealed class LspTransport : MessageHandlerBase
    {
        /// <summary>The default largest message (64 MB): three times a 20 MB change, far below what would exhaust memory.</summary>
        public const int DefaultMaxMessageMegabytes = 64;

        private readonly Stream output;
        private readonly PipeReader input;
        private readonly LspFraming framing;
        private readonly LspLifecycle lifecycle = new LspLifecycle();
        private readonly Action<string> log;

        public LspTransport(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Action<string> log, int maxMessageMegabytes = DefaultMaxMessageMegabytes)
            : base(formatter)
        {
            this.output = output;
            this.input = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
            this.log = log;
            framing = new LspFraming(this.input, (long)maxMessageMegabytes * 1024 * 1024, log);
        }

        public override bool CanRead => true;

        public override bool CanWrite => true;

        protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var frame = await framing.NextAsync(cancellationToken).ConfigureAwait(false);
                if (frame == null)
                {
                    return null;
                }

                var envelope = Envelope.Read(frame.Body);
                var (code, reason) = Refusal(frame, envelope);
                if (code == null)
                {
                    try
                    {
                        return Formatter.Deserialize(new ReadOnlySequence<byte>(frame.Body));
                    }
                    catch (Exception e) when (!(e is OperationCanceledException))
                    {
                        (code, reason) = (JsonRpcErrorCode.InvalidParams, "the message's parameters do not fit: " + e.Message);
                    }
                }

                await RefuseAsync(envelope, code.Value, reason!, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Why a message may not run, in order: its framing, its JSON-RPC form, the lifecycle; (null, null) when it may.</summary>
        private (JsonRpcErrorCode? Code, string? Reason) Refusal(Frame frame, Envelope envelope)
        {
            if (frame.Refusal != null)
            {
                return (JsonRpcErrorCode.InvalidRequest, frame.Refusal);
            }

            if (envelope.Error is JsonRpcErrorCode error)
            {
                return (error, envelope.Problem);
            }

            if (envelope.Method != null && lifecycle.Refuse(envelope.Method) is { } refused)
            {
                return (refused.Code, refused.Reason);
            }

            return (null, null);
        }

        /// <summary>Answers a request that cannot run with an error under its own id; a notification is logged and dropped.</summary>
        private async ValueTask RefuseAsync(Envelope envelope, JsonRpcErrorCode code, string reason, CancellationToken cancellation)
        {
            var answer = envelope.IsRequest || code == JsonRpcErrorCode.ParseError || (envelope.Method == null && !envelope.IsResponse);
            log("mcred lsp: " + (answer ? "refused" : "dropped") + (envelope.Method != null ? $" '{Mcred.Diagnostics.MessageText.Cut(envelope.Method)}'" : " a message") + ": " + reason);
            if (answer)
            {
                var error = new JsonRpcError { RequestId = envelope.HasId ? envelope.Id : default, Error = new JsonRpcError.ErrorDetail { Code = code, Message = reason } };
                await WriteAsync(error, cancellation).ConfigureAwait(false);
            }
        }

        protected override async ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
        {
            var body = new ArrayBufferWriter<byte>();
            Formatter.Serialize(body, content);
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.WrittenCount}\r\n\r\n");
            await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        protected override ValueTask FlushAsync(CancellationToken cancellationToken) => new ValueTask(output.FlushAsync(cancellationToken));

        protected override void DisposeReader()
        {
            input.Complete();
            base.DisposeReader();
        }

        protected override void DisposeWriter()
        {
            output.Dispose();
            base.DisposeWriter();
        }
    }
}
