using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Tooling.Findings;

namespace Mcred.Cli.Output
{
    /// <summary>What a formatter prints: the shown diagnostics (silent and none are not shown) and the counts.</summary>
    internal sealed class CheckReport
    {
        private readonly IReadOnlyDictionary<string, Microsoft.CodeAnalysis.Text.SourceText> _sources;

        public CheckReport(IReadOnlyList<McredDiagnostic> diagnostics, int fileCount, CliContext context, IReadOnlyDictionary<string, Microsoft.CodeAnalysis.Text.SourceText>? sources = null, Mcred.Workspace.DeclarationIndex? declarations = null)
        {
            Declarations = declarations ?? new Mcred.Workspace.DeclarationIndex(System.Array.Empty<Mcred.Syntax.SyntaxFile>());
            _sources = sources ?? new Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText>();
            var shown = new List<McredDiagnostic>();
            foreach (var d in diagnostics)
            {
                if (d.Severity >= McredSeverity.Suggestion)
                {
                    shown.Add(d);
                }
            }

            Diagnostics = shown;
            Count = FindingCount.Of(shown);
            FileCount = fileCount;
            Context = context;
        }

        public IReadOnlyList<McredDiagnostic> Diagnostics { get; }
        public int FileCount { get; }
        public FindingCount Count { get; }
        public int Errors => Count.Errors;
        public int Warnings => Count.Warnings;
        public int Suggestions => Count.Suggestions;
        public CliContext Context { get; }

        /// <summary>Which declaration each finding is in (for SARIF fingerprints).</summary>
        public Mcred.Workspace.DeclarationIndex Declarations { get; }

        public string PathOf(McredDiagnostic diagnostic) => Context.DisplayPath(diagnostic.Location.Path);

        /// <summary>The checked text of a file, for showing source lines; null for files that were not checked (config files).</summary>
        public Microsoft.CodeAnalysis.Text.SourceText? SourceOf(string path) => _sources.TryGetValue(path, out var text) ? text : null;

        public string Summary => Count.Summary(FileCount);
    }

    /// <summary>One output format of <c>mcred check</c>.</summary>
    internal interface IReportFormatter
    {
        string Format(CheckReport report, bool color);
    }
}
