using System.Text;
using Mcred.Diagnostics;

namespace Mcred.Cli.Output
{
    /// <summary>MSBuild canonical form, <c>path(line,col): severity ID: message</c>, which IDE problem matchers read; then a summary.</summary>
    internal sealed class TextFormatter : IReportFormatter
    {
        public string Format(CheckReport report, bool color)
        {
            var sb = new StringBuilder();
            foreach (var d in report.Diagnostics)
            {
                var severity = d.Severity.ToText();
                if (color)
                {
                    severity = Colorize(d.Severity, severity);
                }

                sb.Append(DiagnosticLine.Format(d, report.PathOf(d), severity)).Append('\n');
            }

            sb.Append(report.Summary).Append('\n');
            return sb.ToString();
        }

        private static string Colorize(McredSeverity severity, string text)
        {
            var code = severity == McredSeverity.Error ? "31" : severity == McredSeverity.Warning ? "33" : "36";
            return "\u001b[" + code + "m" + text + "\u001b[0m";
        }
    }
}
