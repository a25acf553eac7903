using System.Collections.Generic;
using Mcred.Diagnostics;

namespace Mcred.Cli.Output
{
    /// <summary>What a formatter prints: the shown diagnostics (silent and none are not shown) and the counts.</summary>
    internal sealed class CheckReport
    {
        public CheckReport(IReadOnlyList<McredDiagnostic> diagnostics, int fileCount, CliContext context)
        {
            var shown = new List<McredDiagnostic>();
            foreach (var d in diagnostics)
            {
                if (d.Severity >= McredSeverity.Suggestion)
                {
                    shown.Add(d);
                    switch (d.Severity)
                    {
                        case McredSeverity.Error: Errors++; break;
                        case McredSeverity.Warning: Warnings++; break;
                        default: Suggestions++; break;
                    }
                }
            }

            Diagnostics = shown;
            FileCount = fileCount;
            Context = context;
        }

        public IReadOnlyList<McredDiagnostic> Diagnostics { get; }
        public int FileCount { get; }
        public int Errors { get; }
        public int Warnings { get; }
        public int Suggestions { get; }
        public CliContext Context { get; }

        public string PathOf(McredDiagnostic diagnostic) => Context.DisplayPath(diagnostic.Location.Path);

        public string Summary =>
            $"{Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Plural(Suggestions, "suggestion")} in {Plural(FileCount, "file")}";

        private static string Plural(int n, string word) => n + " " + word + (n == 1 ? string.Empty : "s");
    }

    /// <summary>One output format of <c>mcred check</c>.</summary>
    internal interface IReportFormatter
    {
        string Format(CheckReport report, bool color);
    }
}
