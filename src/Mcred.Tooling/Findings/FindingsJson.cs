using System;
using System.Collections.Generic;
using Mcred.Diagnostics;

namespace Mcred.Tooling.Findings
{
    /// <summary>
    /// The findings document of <c>mcred check --format json</c> (and the browser's <c>findings.json</c>):
    /// <c>{"version":1,"diagnostics":[...],"summary":{...}}</c>, in the order given, paths as the shell shows them.
    /// </summary>
    internal static class FindingsJson
    {
        public static string Write(IReadOnlyList<McredDiagnostic> diagnostics, int fileCount, Func<string, string> displayPath)
        {
            var count = FindingCount.Of(diagnostics);
            return JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("version", 1);
                json.WriteStartArray("diagnostics");
                foreach (var d in diagnostics)
                {
                    if (d.Severity < McredSeverity.Suggestion)
                    {
                        continue;
                    }

                    json.WriteStartObject();
                    json.WriteString("id", d.Id);
                    json.WriteString("rule", d.RuleName);
                    json.WriteString("severity", d.Severity.ToText());
                    json.WriteString("message", d.Message);
                    json.WriteString("path", displayPath(d.Location.Path));
                    json.WriteNumber("line", d.Location.Line);
                    json.WriteNumber("column", d.Location.Column);
                    json.WriteNumber("endLine", d.Location.EndLine);
                    json.WriteNumber("endColumn", d.Location.EndColumn);
                    json.WriteString("helpUri", d.HelpUri);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("summary");
                json.WriteNumber("files", fileCount);
                json.WriteNumber("errors", count.Errors);
                json.WriteNumber("warnings", count.Warnings);
                json.WriteNumber("suggestions", count.Suggestions);
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }
    }

    /// <summary>How many findings of each shown severity (below suggestion nothing is shown or counted).</summary>
    internal readonly record struct FindingCount(int Errors, int Warnings, int Suggestions)
    {
        public static FindingCount Of(IEnumerable<McredDiagnostic> diagnostics)
        {
            int errors = 0, warnings = 0, suggestions = 0;
            foreach (var d in diagnostics)
            {
                switch (d.Severity)
                {
                    case McredSeverity.Error: errors++; break;
                    case McredSeverity.Warning: warnings++; break;
                    case McredSeverity.Suggestion: suggestions++; break;
                }
            }

            return new FindingCount(errors, warnings, suggestions);
        }

        /// <summary>"0 errors, 2 warnings, 1 suggestion in 3 files": the CLI's last line and the page's check status.</summary>
        public string Summary(int fileCount) =>
            $"{Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Plural(Suggestions, "suggestion")} in {Plural(fileCount, "file")}";

        private static string Plural(int n, string word) => n + " " + word + (n == 1 ? string.Empty : "s");
    }
}
