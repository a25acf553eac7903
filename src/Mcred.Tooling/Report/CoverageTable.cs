using System.Collections.Generic;
using System.Linq;
using System.Text;
using Mcred.Model;
using Mcred.Workspace;

namespace Mcred.Tooling.Report
{
    /// <summary>
    /// The coverage table (<c>mcred coverage</c>, the browser's Coverage view): for each credential and pathway that
    /// prepares for an occupation, essential skills covered, the percentage against its file's
    /// <c>mcred_min_essential_coverage</c>, and the missing ones.
    /// </summary>
    internal static class CoverageTable
    {
        /// <summary>The declaration file's <c>mcred_min_essential_coverage</c>, as MCR1022 reads it.</summary>
        private static int Threshold(CheckResult plan, McredDeclaration declaration) =>
            plan.Configuration.RuleOptionsFor(declaration.File.Path).MinEssentialCoverageValue;

        internal sealed record Row(McredDeclaration Declaration, Occupation Occupation, Coverage Coverage, int Threshold)
        {
            public bool Below => Coverage.IsBelow(Threshold);
        }

        public static string Text(CheckResult plan) => Text(Rows(plan));

        /// <summary>The same rows as JSON (version 1), each missing skill with its name.</summary>
        public static string Json(CheckResult plan) => Json(Rows(plan), Coverage.SkillNames(plan.Model));

        private static List<Row> Rows(CheckResult plan) =>
            Coverage.All(plan.Model).Select(c => new Row(c.Declaration, c.Occupation, c.Coverage, Threshold(plan, c.Declaration))).ToList();

        private static string Text(List<Row> rows)
        {
            if (rows.Count == 0)
            {
                return "no credential or pathway prepares for an occupation (add 'prepares-for OCCUPATION-ID')\n";
            }

            var sb = new StringBuilder();
            var width = rows.Max(r => r.Declaration.Display.Length);
            var occupationWidth = rows.Max(r => r.Occupation.Display.Length);
            sb.Append("DECLARATION".PadRight(width + 2)).Append("PREPARES FOR".PadRight(occupationWidth + 2)).Append("ESSENTIAL COVERED\n");
            foreach (var row in rows)
            {
                var coverage = row.Coverage;
                sb.Append(row.Declaration.Display.PadRight(width + 2)).Append(row.Occupation.Display.PadRight(occupationWidth + 2))
                  .Append($"{coverage.Covered} of {coverage.Essential} ({coverage.Percent}%)");
                if (row.Below)
                {
                    sb.Append($", below {row.Threshold}%");
                }

                sb.Append('\n');
                if (coverage.Missing.Count > 0)
                {
                    sb.Append("  missing: ").Append(string.Join(", ", coverage.Missing)).Append('\n');
                }
            }

            return sb.ToString();
        }

        private static string Json(List<Row> rows, IReadOnlyDictionary<string, string> names)
        {
            return JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("version", 1);
                json.WriteStartArray("coverage");
                foreach (var row in rows)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", row.Declaration.Kind.ToString().ToLowerInvariant());
                    json.WriteString("id", row.Declaration.Id);
                    json.WriteString("name", row.Declaration.Name);
                    json.WriteString("occupation", row.Occupation.Id);
                    json.WriteString("occupationName", row.Occupation.Name);
                    json.WriteNumber("covered", row.Coverage.Covered);
                    json.WriteNumber("essential", row.Coverage.Essential);
                    json.WriteNumber("percent", row.Coverage.Percent);
                    json.WriteNumber("threshold", row.Threshold);
                    json.WriteBoolean("below", row.Below);
                    json.WriteStartArray("missing");
                    foreach (var id in row.Coverage.Missing)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", id);
                        json.WriteString("name", names.TryGetValue(id, out var name) ? name : id);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
    }
}
