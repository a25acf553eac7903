using System;
using System.Text;
using Mcred.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// The terminal form, for a person reading it (as rustc and Elm print): grouped by file, each diagnostic with its
    /// source line, the span underlined and the rule's help link, then the summary. Control characters from the plan
    /// are shown escaped, so plan text can never drive the terminal.
    /// </summary>
    internal sealed class PrettyFormatter : IReportFormatter
    {
        public string Format(CheckReport report, bool color)
        {
            var sb = new StringBuilder();
            string? currentPath = null;
            foreach (var d in report.Diagnostics)
            {
                var path = Mcred.Tooling.SafeText.Escape(report.PathOf(d));
                if (path != currentPath)
                {
                    sb.Append(Style(color, "1", "── " + path + " ──")).Append("\n\n");
                    currentPath = path;
                }

                Append(sb, d, path, report.SourceOf(d.Location.Path), color);
            }

            sb.Append(report.Summary).Append('\n');
            return sb.ToString();
        }

        private static void Append(StringBuilder sb, McredDiagnostic d, string path, SourceText? source, bool color)
        {
            var location = d.Location;
            var code = SeverityColor(d.Severity);
            sb.Append(Style(color, code, d.Severity.ToText() + "[" + d.Id + "]")).Append(": ").Append(Mcred.Tooling.SafeText.Escape(d.Message)).Append('\n');
            var number = location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            sb.Append(gutter).Append("--> ").Append(path).Append(':').Append(location.Line).Append(':').Append(location.Column).Append('\n');
            if (source != null && location.Line >= 1 && location.Line <= source.Lines.Count && location.Span.Length >= 0)
            {
                var line = source.Lines[location.Line - 1];
                var text = line.ToString();
                var start = Math.Min(Math.Max(location.Column - 1, 0), text.Length);
                var end = location.EndLine == location.Line ? Math.Min(Math.Max(location.EndColumn - 1, start), text.Length) : text.Length;
                var shown = Mcred.Tooling.SafeText.Escape(text);
                var before = Mcred.Tooling.SafeText.Escape(text.Substring(0, start)).Length;
                var width = Math.Max(1, Mcred.Tooling.SafeText.Escape(text.Substring(start, end - start)).Length);
                sb.Append(gutter).Append(" |\n");
                sb.Append(number).Append(" | ").Append(shown).Append('\n');
                sb.Append(gutter).Append(" | ").Append(' ', before).Append(Style(color, code, new string('^', width))).Append('\n');
            }

            sb.Append(gutter).Append(" = help: ").Append(d.HelpUri).Append("\n\n");
        }

        private static string SeverityColor(McredSeverity severity) =>
            severity == McredSeverity.Error ? "31" : severity == McredSeverity.Warning ? "33" : "36";

        private static string Style(bool color, string code, string text) => color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
