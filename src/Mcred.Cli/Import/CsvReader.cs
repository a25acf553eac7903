using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Mcred.Cli.Import
{
    /// <summary>RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (ESCO's descriptions do).</summary>
    internal static class CsvReader
    {
        public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
        {
            List<string>? header = null;
            foreach (var record in Records(reader))
            {
                if (header == null)
                {
                    header = record;
                    continue;
                }

                var row = new Dictionary<string, string>(header.Count);
                for (var i = 0; i < header.Count; i++)
                {
                    row[header[i]] = i < record.Count ? record[i] : string.Empty;
                }

                yield return row;
            }
        }

        private static IEnumerable<List<string>> Records(TextReader reader)
        {
            var record = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var any = false;
            int c;
            while ((c = reader.Read()) >= 0)
            {
                any = true;
                var ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            field.Append('"');
                            reader.Read();
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append(ch);
                    }
                }
                else if (ch == '"')
                {
                    quoted = true;
                }
                else if (ch == ',')
                {
                    record.Add(field.ToString());
                    field.Clear();
                }
                else if (ch == '\n' || ch == '\r')
                {
                    if (ch == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = new List<string>();
                    any = false;
                }
                else
                {
                    field.Append(ch);
                }
            }

            if (any)
            {
                record.Add(field.ToString());
                yield return record;
            }
        }
    }
}
