using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// The records of a JSON array read from a stream one at a time: the array at the root, or under a root object's
    /// <c>data</c> property (as web APIs such as Lightcast's wrap their lists). Only one record is in memory at once, so a
    /// 41,000-record file costs what its largest record costs, not a document of the whole file. The root object's other
    /// string properties (a <c>version</c>, say) are collected as they pass, wherever they stand.
    /// </summary>
    internal sealed class JsonRecordStream
    {
        /// <summary>The largest single record: far beyond a real one (a skill with a 10,000-character name is 20 KB).</summary>
        public const int MaxRecordBytes = 16 * 1024 * 1024;

        private readonly Stream stream;
        private readonly string shownAs;
        private readonly string arrayProperty;
        private byte[] buffer = new byte[64 * 1024];
        private int start;
        private int end;
        private long discarded;
        private bool finished;
        private int index;

        public JsonRecordStream(Stream stream, string shownAs, string arrayProperty = "data")
        {
            this.stream = stream;
            this.shownAs = shownAs;
            this.arrayProperty = arrayProperty;
        }

        /// <summary>The root object's string properties other than the array (empty for a bare array).</summary>
        public Dictionary<string, string> RootStrings { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>How the array was found: "data" for <c>{"data":[...]}</c>, "" for a bare array.</summary>
        public string Where { get; private set; } = string.Empty;

        /// <summary>Calls <paramref name="record"/> with each element's index and value (valid only during the call).</summary>
        public void Read(Action<int, JsonElement> record)
        {
            var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
            var depth = 0;            // 1 inside the root, 2 inside the records' array (when it is under the root object)
            var arrayDepth = -1;      // the depth of the records' array once found
            string? property = null;
            var sawRoot = false;
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finished, state);
                var progressed = false;
                while (true)
                {
                    var before = reader.CurrentState;
                    var consumedBefore = reader.BytesConsumed;
                    bool read;
                    try
                    {
                        read = reader.Read();
                    }
                    catch (JsonException e)
                    {
                        throw NotJson(e, reader.BytesConsumed, arrayDepth > 0 && depth >= arrayDepth);
                    }

                    if (!read)
                    {
                        break;
                    }

                    if (!sawRoot)
                    {
                        sawRoot = true;
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            arrayDepth = 1;
                            depth = 1;
                            Where = string.Empty;
                            continue;
                        }

                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            throw new ToolingException($"{shownAs}: the JSON is {Describe(reader.TokenType)}, not a list of records (expected {{\"{arrayProperty}\": [...]}} or [...])");
                        }

                        depth = 1;
                        continue;
                    }

                    if (arrayDepth > 0 && depth == arrayDepth && reader.TokenType != JsonTokenType.EndArray)
                    {
                        // A record: the whole value, or more bytes first (rewinding to where it starts).
                        var recordStart = (int)reader.TokenStartIndex;
                        bool whole;
                        try
                        {
                            whole = reader.TrySkip();
                        }
                        catch (JsonException e)
                        {
                            throw NotJson(e, reader.BytesConsumed, inRecord: true);
                        }

                        if (!whole)
                        {
                            state = before;
                            Consume((int)consumedBefore);
                            progressed = true;
                            goto refill;
                        }

                        var length = (int)reader.BytesConsumed - recordStart;
                        JsonDocument document;
                        try
                        {
                            document = JsonDocument.Parse(buffer.AsMemory(start + recordStart, length));
                        }
                        catch (JsonException e)
                        {
                            throw NotJson(e, recordStart, inRecord: true);
                        }

                        using (document)
                        {
                            record(index, document.RootElement);
                        }

                        index++;
                        continue;
                    }

                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName when depth == 1:
                            property = reader.GetString();
                            break;
                        case JsonTokenType.StartArray when depth == 1 && property == arrayProperty && arrayDepth < 0:
                            depth++;
                            arrayDepth = depth;
                            Where = arrayProperty;
                            break;
                        case JsonTokenType.String when depth == 1 && property != null:
                            RootStrings[property] = reader.GetString() ?? string.Empty;
                            break;
                        case JsonTokenType.StartArray:
                        case JsonTokenType.StartObject:
                            depth++;
                            break;
                        case JsonTokenType.EndArray:
                        case JsonTokenType.EndObject:
                            depth--;
                            break;
                    }
                }

                state = reader.CurrentState;
                Consume((int)reader.BytesConsumed);
            refill:
                if (finished)
                {
                    if (!sawRoot)
                    {
                        throw new ToolingException($"{shownAs}: is empty, not JSON (expected {{\"{arrayProperty}\": [...]}} or [...])");
                    }

                    if (arrayDepth < 0)
                    {
                        throw new ToolingException($"{shownAs}: has no \"{arrayProperty}\" list of records (expected {{\"{arrayProperty}\": [...]}} or [...])");
                    }

                    return;
                }

                Fill(progressed);
            }
        }

        /// <summary>Drops the bytes the reader has finished with.</summary>
        private void Consume(int consumed) => start += consumed;

        /// <summary>The index the next record gets (so far, the number read).</summary>
        public int Count => index;

        /// <summary>Moves what is left to the front, grows the buffer when a record fills it, and reads more.</summary>
        private void Fill(bool recordIncomplete)
        {
            var left = end - start;
            if (recordIncomplete && left == buffer.Length)
            {
                if (buffer.Length >= MaxRecordBytes)
                {
                    throw new ToolingException($"{shownAs}: a record is larger than {MaxRecordBytes / (1024 * 1024)} MB; is this a skills file?");
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxRecordBytes));
            }

            Buffer.BlockCopy(buffer, start, buffer, 0, left);
            discarded += start;
            start = 0;
            end = left;
            try
            {
                while (end < buffer.Length)
                {
                    var n = stream.Read(buffer, end, buffer.Length - end);
                    if (n == 0)
                    {
                        finished = true;
                        break;
                    }

                    end += n;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ToolingException($"{shownAs}: cannot read it: {e.Message}");
            }
        }

        /// <summary>One line: where in the file (a byte offset: line numbers do not survive the buffer refills) and in which record.</summary>
        private ToolingException NotJson(JsonException e, long consumed, bool inRecord)
        {
            var record = inRecord ? $", in record {(Where.Length > 0 ? Where : string.Empty)}[{index}]" : string.Empty;
            return new ToolingException($"{shownAs}: not JSON near byte {discarded + start + consumed + 1}{record} ({FirstSentence(e.Message)})");
        }

        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd(' ', '.');
        }

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => "something else",
        };
    }
}
