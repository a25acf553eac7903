using System;
using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Mcred.LanguageServer.Transport
{
    /// <summary>One framed message body, or why a frame was refused with its body read (an unsupported charset).</summary>
    internal sealed class Frame
    {
        public Frame(byte[] body, string? refusal)
        {
            Body = body;
            Refusal = refusal;
        }

        public byte[] Body { get; }
        public string? Refusal { get; }
    }

    /// <summary>
    /// The LSP base protocol's framing (<c>Content-Length</c> headers, then the body), read so that no input can wedge
    /// the server: a header it cannot use is consumed and logged once, and reading resumes at the next line that starts
    /// with <c>Content-Length:</c>; a body over the size limit is never buffered (it is skipped the same way); LF line
    /// ends are accepted as well as CRLF; the end of input, anywhere, ends the connection.
    /// </summary>
    internal sealed class LspFraming
    {
        /// <summary>The longest header line and the largest header block read (real clients send two short lines).</summary>
        internal const int MaxHeaderLine = 1024;
        internal const int MaxHeaderBlock = 8 * 1024;

        private static readonly byte[] ContentLength = Encoding.ASCII.GetBytes("Content-Length:");

        private readonly PipeReader reader;
        private readonly long maxMessageBytes;
        private readonly Action<string> log;

        public LspFraming(PipeReader reader, long maxMessageBytes, Action<string> log)
        {
            this.reader = reader;
            this.maxMessageBytes = maxMessageBytes;
            this.log = log;
        }

        /// <summary>The next frame; null when the input has ended.</summary>
        public async ValueTask<Frame?> NextAsync(CancellationToken cancellation)
        {
            while (true)
            {
                var header = await ReadHeaderAsync(cancellation).ConfigureAwait(false);
                if (header.EndOfInput)
                {
                    return null;
                }

                if (header.Problem != null)
                {
                    log("mcred lsp: skipped input: " + header.Problem + "; reading on from the next 'Content-Length' header");
                    if (!await ResynchronizeAsync(cancellation).ConfigureAwait(false))
                    {
                        return null;
                    }

                    continue;
                }

                var body = await ReadBodyAsync(header.Length, cancellation).ConfigureAwait(false);
                if (body == null)
                {
                    return null;
                }

                return new Frame(body, header.Charset == null || IsUtf8(header.Charset) ? null : $"charset '{header.Charset}' is not supported: send UTF-8");
            }
        }

        private static bool IsUtf8(string charset) =>
            string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);

        private async ValueTask<Header> ReadHeaderAsync(CancellationToken cancellation)
        {
            long? length = null;
            string? charset = null;
            string? problem = null;
            var lines = 0;
            var block = 0;
            while (true)
            {
                var line = await ReadLineAsync(cancellation).ConfigureAwait(false);
                if (line == null)
                {
                    return Header.End;
                }

                if (line.Value.TooLong)
                {
                    return Header.Refused($"a header line longer than {MaxHeaderLine} bytes");
                }

                var text = line.Value.Text;
                block += text.Length;
                if (text.Length == 0)
                {
                    if (lines == 0)
                    {
                        continue; // A stray blank line between messages.
                    }

                    if (problem != null)
                    {
                        return Header.Refused(problem);
                    }

                    return length is long known ? new Header(known, charset) : Header.Refused("a message without a Content-Length header");
                }

                lines++;
                if (block > MaxHeaderBlock)
                {
                    return Header.Refused($"headers longer than {MaxHeaderBlock} bytes");
                }

                var colon = text.IndexOf(':');
                if (colon <= 0)
                {
                    return Header.Refused($"a header line without a name and a colon ('{Mcred.Diagnostics.MessageText.Cut(text)}')");
                }

                var name = text.Substring(0, colon).Trim();
                var value = text.Substring(colon + 1).Trim();
                if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                    {
                        return Header.Refused($"Content-Length '{Mcred.Diagnostics.MessageText.Cut(value)}' is not a number of bytes");
                    }

                    if (parsed > maxMessageBytes)
                    {
                        // Never buffered: the body is skipped like any input the server cannot use.
                        problem = $"a message of {parsed} bytes, over the limit of {maxMessageBytes} bytes (mcred lsp --max-message-mb)";
                    }

                    length = parsed;
                }
                else if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    charset = CharsetOf(value);
                }
            }
        }

        private static string? CharsetOf(string contentType)
        {
            foreach (var part in contentType.Split(';'))
            {
                var pair = part.Trim();
                if (pair.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Substring("charset=".Length).Trim('"', ' ');
                }
            }

            return null;
        }

        /// <summary>One header line without its line end; null at the end of input. A line over the limit is consumed whole.</summary>
        private async ValueTask<Line?> ReadLineAsync(CancellationToken cancellation)
        {
            var tooLong = false;
            while (true)
            {
                var result = await reader.ReadAsync(cancellation).ConfigureAwait(false);
                var buffer = result.Buffer;
                var end = buffer.PositionOf((byte)'\n');
                if (end != null)
                {
                    var slice = buffer.Slice(0, end.Value);
                    var text = tooLong || slice.Length > MaxHeaderLine ? string.Empty : Encoding.ASCII.GetString(slice.ToArray()).TrimEnd('\r');
                    reader.AdvanceTo(buffer.GetPosition(1, end.Value));
                    return new Line(text, tooLong || slice.Length > MaxHeaderLine);
                }

                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return null;
                }

                if (buffer.Length > MaxHeaderLine)
                {
                    // Drop what is buffered and go on to the line end: memory stays bounded whatever arrives.
                    tooLong = true;
                    reader.AdvanceTo(buffer.End);
                }
                else
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }

        private async ValueTask<byte[]?> ReadBodyAsync(long length, CancellationToken cancellation)
        {
            if (length == 0)
            {
                return Array.Empty<byte>();
            }

            var result = await reader.ReadAtLeastAsync((int)length, cancellation).ConfigureAwait(false);
            if (result.Buffer.Length < length)
            {
                reader.AdvanceTo(result.Buffer.End);
                return null;
            }

            // A copy the message may keep: the pipe's memory is reused once advanced.
            var body = result.Buffer.Slice(0, length).ToArray();
            reader.AdvanceTo(result.Buffer.GetPosition(length));
            return body;
        }

        /// <summary>
        /// Skips input up to the next <c>Content-Length:</c> (a frame's header follows the previous body directly, so it
        /// is looked for anywhere); false when the input ends first.
        /// </summary>
        private async ValueTask<bool> ResynchronizeAsync(CancellationToken cancellation)
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellation).ConfigureAwait(false);
                var buffer = result.Buffer;
                var bytes = buffer.ToArray();
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] == (byte)'C' && StartsWithHeader(bytes, i))
                    {
                        reader.AdvanceTo(buffer.GetPosition(i));
                        return true;
                    }
                }

                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return false;
                }

                // Keep a possible partial "Content-Length:" at the end for the next read.
                var examined = Math.Max(0, bytes.Length - ContentLength.Length);
                reader.AdvanceTo(buffer.GetPosition(examined), buffer.End);
            }
        }

        private static bool StartsWithHeader(byte[] bytes, int at)
        {
            if (bytes.Length - at < ContentLength.Length)
            {
                return false;
            }

            for (var k = 0; k < ContentLength.Length; k++)
            {
                if (bytes[at + k] != ContentLength[k])
                {
                    return false;
                }
            }

            return true;
        }

        private readonly struct Line
        {
            public Line(string text, bool tooLong)
            {
                Text = text;
                TooLong = tooLong;
            }

            public string Text { get; }
            public bool TooLong { get; }
        }

        private readonly struct Header
        {
            public Header(long length, string? charset)
            {
                Length = length;
                Charset = charset;
                Problem = null;
                EndOfInput = false;
            }

            private Header(string? problem, bool endOfInput)
            {
                Length = 0;
                Charset = null;
                Problem = problem;
                EndOfInput = endOfInput;
            }

            public static Header End => new Header(null, true);

            public long Length { get; }
            public string? Charset { get; }
            public string? Problem { get; }
            public bool EndOfInput { get; }

            public static Header Refused(string problem) => new Header(problem, false);
        }
    }
}
