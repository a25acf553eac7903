using Mcred.Diagnostics;
using Mcred.Tooling;

namespace Mcred.Cli.Output
{
    /// <summary><c>{"version":1,"diagnostics":[...],"summary":{...}}</c>: paths relative to the current folder, already sorted.</summary>
    internal sealed class JsonFormatter : IReportFormatter
    {
        public string Format(CheckReport report, bool color)
        {
            return JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("version", 1);
                json.WriteStartArray("diagnostics");
                foreach (var d in report.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("id", d.Id);
                    json.WriteString("rule", d.RuleName);
                    json.WriteString("severity", d.Severity.ToText());
                    json.WriteString("message", d.Message);
                    json.WriteString("path", report.PathOf(d));
                    json.WriteNumber("line", d.Location.Line);
                    json.WriteNumber("column", d.Location.Column);
                    json.WriteNumber("endLine", d.Location.EndLine);
                    json.WriteNumber("endColumn", d.Location.EndColumn);
                    json.WriteString("helpUri", d.HelpUri);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("summary");
                json.WriteNumber("files", report.FileCount);
                json.WriteNumber("errors", report.Errors);
                json.WriteNumber("warnings", report.Warnings);
                json.WriteNumber("suggestions", report.Suggestions);
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }
    }
}
