using System;
using System.IO;
using System.IO.Hashing;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// A zip entry's data, checked against the CRC-32 its headers record when the end is reached: .NET's zip reader
    /// does not check it, and a damaged download would otherwise be imported as whatever it decompresses to.
    /// </summary>
    internal sealed class CrcCheckedStream : Stream
    {
        private readonly Stream inner;
        private readonly uint expected;
        private readonly Crc32 crc = new Crc32();
        private bool checkedAtEnd;

        public CrcCheckedStream(Stream inner, uint expected)
        {
            this.inner = inner;
            this.expected = expected;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n > 0)
            {
                crc.Append(buffer.Slice(0, n));
            }
            else if (!checkedAtEnd)
            {
                checkedAtEnd = true;
                var actual = crc.GetCurrentHashAsUInt32();
                if (actual != expected)
                {
                    throw new InvalidDataException($"its CRC-32 is {actual:x8}, the zip says {expected:x8}: the download is damaged");
                }
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
