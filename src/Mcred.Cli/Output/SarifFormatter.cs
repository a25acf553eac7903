using System;
using System.Linq;
using System.Text.Json;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Tooling;

namespace Mcred.Cli.Output
{
    /// <summary>SARIF 2.1.0: rule metadata in tool.driver.rules, one result per diagnostic with its region (UTF-16 columns).</summary>
    internal sealed class SarifFormatter : IReportFormatter
    {
        private readonly RuleRegistry _registry;

        public SarifFormatter(RuleRegistry registry)
        {
            _registry = registry;
        }

        // SARIF keeps the strict default escaping: viewers and upload tools differ in what they accept.
        public string Format(CheckReport report, bool color) => JsonText.Write(json => WriteLog(json, report, _registry.All.ToList()), readableEscaping: false);

        private static void WriteLog(Utf8JsonWriter json, CheckReport report, System.Collections.Generic.List<DiagnosticInfo> rules)
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var fingerprints = new SarifFingerprints(report);
            foreach (var d in report.Diagnostics)
            {
                WriteResult(json, report, d, rules.FindIndex(r => r.Id == d.Id), fingerprints.For(d));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        public static string Level(McredSeverity severity) =>
            severity == McredSeverity.Error ? "error" : severity == McredSeverity.Warning ? "warning" : severity == McredSeverity.Suggestion ? "note" : "none";

        private static void WriteTool(Utf8JsonWriter json, System.Collections.Generic.List<DiagnosticInfo> rules)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "mcred");
            json.WriteString("semanticVersion", typeof(SarifFormatter).Assembly.GetName().Version!.ToString(3));
            json.WriteString("informationUri", "https://github.com/mcred/mcred");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Summary);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, CheckReport report, McredDiagnostic d, int ruleIndex, string fingerprint)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            if (ruleIndex >= 0)
            {
                json.WriteNumber("ruleIndex", ruleIndex);
            }

            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            WriteLocation(json, report, d.Location, null);
            json.WriteEndArray();
            if (d.RelatedLocations.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (var i = 0; i < d.RelatedLocations.Count; i++)
                {
                    WriteLocation(json, report, d.RelatedLocations[i], i);
                }

                json.WriteEndArray();
            }

            // Code scanning matches alerts across commits by these, not by line numbers.
            json.WriteStartObject("partialFingerprints");
            json.WriteString(SarifFingerprints.Key, fingerprint);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteLocation(Utf8JsonWriter json, CheckReport report, McredLocation location, int? id)
        {
            json.WriteStartObject();
            if (id is int number)
            {
                json.WriteNumber("id", number);
            }

            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", RelativeUri(report.Context.DisplayPath(location.Path)));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            json.WriteNumber("startColumn", location.Column);
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", location.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>A relative URI reference: each '/'-separated segment escaped.</summary>
        private static string RelativeUri(string path) => string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
    }
}
