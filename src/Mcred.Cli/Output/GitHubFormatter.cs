using System.Text;
using Mcred.Diagnostics;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// GitHub Actions workflow commands: <c>::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=ID::message</c>;
    /// suggestions are notices. Values are escaped so no message can start or inject a command.
    /// </summary>
    internal sealed class GitHubFormatter : IReportFormatter
    {
        public string Format(CheckReport report, bool color)
        {
            var sb = new StringBuilder();
            foreach (var d in report.Diagnostics)
            {
                var command = d.Severity == McredSeverity.Error ? "error" : d.Severity == McredSeverity.Warning ? "warning" : "notice";
                sb.Append("::").Append(command)
                  .Append(" file=").Append(EscapeProperty(report.PathOf(d)))
                  .Append(",line=").Append(d.Location.Line)
                  .Append(",col=").Append(d.Location.Column)
                  .Append(",endLine=").Append(d.Location.EndLine)
                  .Append(",endColumn=").Append(d.Location.EndColumn)
                  .Append(",title=").Append(EscapeProperty(d.Id))
                  .Append("::").Append(EscapeData(d.Message)).Append('\n');
            }

            return sb.ToString();
        }

        /// <summary>Message text: '%', CR and LF percent-encoded, as the runner decodes them; '::' too, so no text reads as a command.</summary>
        public static string EscapeData(string s) =>
            s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").Replace("::", "%3A%3A");

        /// <summary>Property values additionally escape ':' and ','.</summary>
        public static string EscapeProperty(string s) =>
            s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").Replace(":", "%3A").Replace(",", "%2C");
    }
}
