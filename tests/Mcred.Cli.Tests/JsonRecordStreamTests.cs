using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Mcred.TestSupport;
using Mcred.Tooling;
using Mcred.Tooling.Import;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// The streaming reader under the Lightcast import: whatever size the pieces a stream hands over (one byte at a time,
    /// a record split anywhere, a record larger than the buffer), it yields exactly the records a whole-document parse sees.
    /// </summary>
    public class JsonRecordStreamTests
    {
        /// <summary>A stream that returns at most <c>piece</c> bytes per read, as a slow pipe or network would.</summary>
        private sealed class Trickle : MemoryStream
        {
            private readonly int piece;

            public Trickle(byte[] bytes, int piece) : base(bytes) => this.piece = piece;

            public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));
        }

        private static List<string> Streamed(byte[] bytes, int piece, out JsonRecordStream stream)
        {
            var records = new List<string>();
            stream = new JsonRecordStream(new Trickle(bytes, piece), "f.json");
            stream.Read((index, record) =>
            {
                Assert.Equal(records.Count, index);
                records.Add(record.GetRawText());
            });
            return records;
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(7)]
        [InlineData(64)]
        [InlineData(4096)]
        [InlineData(1 << 20)]
        public void Every_piece_size_gives_the_records_a_whole_parse_gives(int piece)
        {
            var path = Path.Combine(Path.GetTempPath(), "mcred-stream-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                SyntheticLightcast.Write(path, 300);
                var bytes = File.ReadAllBytes(path);
                using var whole = JsonDocument.Parse(bytes);
                var expected = whole.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetRawText()).ToList();
                Assert.Equal(expected, Streamed(bytes, piece, out var stream));
                Assert.Equal("data", stream.Where);
                Assert.Equal("9.32-synthetic", stream.RootStrings["version"]);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_root_string_after_the_records_and_nested_values_elsewhere_are_read_too()
        {
            var json = "{\"meta\": {\"data\": [1]}, \"data\": [{\"a\": [1, {\"b\": 2}]}, \"x\", 3, null], \"version\": \"9.32\"}";
            var records = Streamed(System.Text.Encoding.UTF8.GetBytes(json), 2, out var stream);
            Assert.Equal(new[] { "{\"a\": [1, {\"b\": 2}]}", "\"x\"", "3", "null" }, records);
            Assert.Equal("9.32", stream.RootStrings["version"]);
        }

        [Fact]
        public void A_bare_array_is_the_list_itself()
        {
            var records = Streamed(System.Text.Encoding.UTF8.GetBytes("[{\"id\": \"a\"}, {\"id\": \"b\"}]"), 5, out var stream);
            Assert.Equal(2, records.Count);
            Assert.Equal(string.Empty, stream.Where);
        }

        [Fact]
        public void A_record_cut_off_by_the_end_of_the_file_is_not_json_with_its_place()
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes("{\"data\": [{\"id\": \"a\"}, {\"id\": \"b\", \"name\": \"unfinished");
            var error = Assert.Throws<ToolingException>(() => Streamed(bytes, 4, out _));
            Assert.StartsWith("f.json: not JSON near byte ", error.Message, StringComparison.Ordinal);
            Assert.Contains("in record data[1]", error.Message, StringComparison.Ordinal);
        }
    }
}
