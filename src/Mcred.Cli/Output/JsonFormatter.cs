using Mcred.Tooling.Findings;

namespace Mcred.Cli.Output
{
    /// <summary><c>{"version":1,"diagnostics":[...],"summary":{...}}</c>: paths relative to the current folder, already sorted.</summary>
    internal sealed class JsonFormatter : IReportFormatter
    {
        public string Format(CheckReport report, bool color) =>
            FindingsJson.Write(report.Diagnostics, report.FileCount, report.Context.DisplayPath);
    }
}
