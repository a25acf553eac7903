using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mcred.Tooling
{
    /// <summary>Every JSON document mcred writes (reports, baselines, exports): indented, LF line ends on every platform, a final newline.</summary>
    internal static class JsonText
    {
        /// <param name="write">Writes the document.</param>
        /// <param name="readableEscaping">
        /// Apostrophes and non-ASCII letters stay as they are (still valid JSON); false keeps the strict default escaping (SARIF).
        /// </param>
        public static string Write(Action<Utf8JsonWriter> write, bool readableEscaping = true)
        {
            var buffer = new ArrayBufferWriter<byte>();
            var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = readableEscaping ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null };
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                write(json);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
        }
    }
}
