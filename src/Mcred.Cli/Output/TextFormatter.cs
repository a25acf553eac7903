using System.Text;
using Mcred.Diagnostics;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// MSBuild canonical form, <c>path(line,col): severity ID: message</c>, which IDE problem matchers read; then a
    /// summary. Control characters from plan text and paths are escaped, so one diagnostic is always one line.
    /// </summary>
    internal sealed class TextFormatter : IReportFormatter
    {
        public string Format(CheckReport report, bool color)
        {
            var sb = new StringBuilder();
            foreach (var d in report.Diagnostics)
            {
                var line = Mcred.Tooling.SafeText.Escape(DiagnosticLine.Format(d, report.PathOf(d)));
                if (color)
                {
                    var plain = "): " + d.Severity.ToText() + " ";
                    var at = line.IndexOf(plain, System.StringComparison.Ordinal);
                    line = line.Substring(0, at + 3) + Colorize(d.Severity, d.Severity.ToText()) + line.Substring(at + plain.Length - 1);
                }

                sb.Append(line).Append('\n');
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
