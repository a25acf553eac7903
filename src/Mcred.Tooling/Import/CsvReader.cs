using System.Collections.Generic;
using System.IO;
using nietras.SeparatedValues;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// RFC 4180 CSV through Sep: quoted fields may hold commas, doubled quotes and line breaks (ESCO's descriptions do).
    /// Rows stream one at a time, so a 21 MB relations file is never held in memory.
    /// </summary>
    internal static class CsvReader
    {
        /// <summary>Each record as column → value (missing trailing fields are empty).</summary>
        public static IEnumerable<Dictionary<string, string>> Read(TextReader text)
        {
            using var reader = Open(text);
            var names = reader.Header.ColNames;
            foreach (var row in reader)
            {
                var record = new Dictionary<string, string>(names.Count);
                for (var i = 0; i < names.Count; i++)
                {
                    record[names[i]] = i < row.ColCount ? row[i].ToString() : string.Empty;
                }

                yield return record;
            }
        }

        /// <summary>A comma-separated reader that unquotes fields and accepts rows shorter than the header.</summary>
        public static SepReader Open(TextReader text) =>
            Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
    }
}
