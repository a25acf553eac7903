using System;
using System.IO;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// A taxonomy file's text that fails in one line naming the file: a corrupt deflate stream, a CRC mismatch or an
    /// unsupported compression method surfaces while reading, deep inside the CSV reader, and would otherwise be a stack
    /// trace. The name also goes to the CSV reader's own errors (<see cref="CsvReader"/>).
    /// </summary>
    internal sealed class GuardedReader : TextReader
    {
        private readonly TextReader inner;

        public GuardedReader(TextReader inner, string shownAs)
        {
            this.inner = inner;
            ShownAs = shownAs;
        }

        public string ShownAs { get; }

        public override int Peek() => Guard(() => inner.Peek());

        public override int Read() => Guard(() => inner.Read());

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            try
            {
                return inner.Read(buffer);
            }
            catch (Exception e) when (e is InvalidDataException || e is NotSupportedException || e is IOException)
            {
                throw Unreadable(e);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Guard(Func<int> read)
        {
            try
            {
                return read();
            }
            catch (Exception e) when (e is InvalidDataException || e is NotSupportedException || e is IOException)
            {
                throw Unreadable(e);
            }
        }

        private ToolingException Unreadable(Exception e) => new ToolingException($"{ShownAs}: cannot read the file ({e.Message})");
    }
}
