using System;
using System.Collections.Generic;
using System.IO;
using nietras.SeparatedValues;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// RFC 4180 CSV through Sep: quoted fields may hold commas, doubled quotes and line breaks (ESCO's descriptions do).
    /// Rows stream one at a time, so a 21 MB relations file is never held in memory. A file that is not such CSV (a
    /// column named twice, a broken quote, a record over Sep's limit of 16 M characters, which bounds the memory a zip bomb
    /// can take) is one line naming the file and the record.
    /// </summary>
    internal static class CsvReader
    {
        /// <summary>Each record as column → value (missing trailing fields are empty).</summary>
        public static IEnumerable<Dictionary<string, string>> Read(TextReader text)
        {
            var shownAs = ShownAs(text);
            using var reader = Open(text);
            IReadOnlyList<string> names = reader.Header.ColNames;
            using var rows = reader.GetEnumerator();
            var number = 0;
            while (true)
            {
                Dictionary<string, string> record;
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    number++;
                    var row = rows.Current;
                    record = new Dictionary<string, string>(names.Count);
                    for (var i = 0; i < names.Count; i++)
                    {
                        record[names[i]] = i < row.ColCount ? row[i].ToString() : string.Empty;
                    }
                }
                catch (Exception e) when (!(e is ToolingException))
                {
                    throw new ToolingException($"{shownAs}: record {number + 1} is not readable as CSV ({e.Message})");
                }

                yield return record;
            }
        }

        /// <summary>A comma-separated reader that unquotes fields and accepts rows shorter than the header (Sep refuses a header naming a column twice).</summary>
        public static SepReader Open(TextReader text)
        {
            var shownAs = ShownAs(text);
            SepReader reader;
            try
            {
                reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
            }
            catch (Exception e) when (!(e is ToolingException))
            {
                throw new ToolingException($"{shownAs}: the header is not readable as CSV ({e.Message})");
            }

            return reader;
        }

        private static string ShownAs(TextReader text) => (text as GuardedReader)?.ShownAs ?? "the CSV file";
    }
}
