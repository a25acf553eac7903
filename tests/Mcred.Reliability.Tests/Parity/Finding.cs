using System.Collections.Generic;
using System.Linq;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>
    /// One diagnostic as a user sees it in any shell: where (path relative to the workspace, 1-based line and UTF-16
    /// column, end), what (ID, severity word, message), the other places it names, and whether it marks something unused.
    /// </summary>
    internal sealed record Finding(string Path, int Line, int Column, int EndLine, int EndColumn, string Id, string Severity, string Message, string Related, bool Unnecessary)
    {
        public override string ToString() =>
            $"{Path}({Line},{Column}-{EndLine},{EndColumn}) {Severity} {Id}: {Message}{(Related.Length > 0 ? " [also " + Related + "]" : string.Empty)}{(Unnecessary ? " {unnecessary}" : string.Empty)}";

        public static string Place(string path, int line, int column, int endLine, int endColumn) => $"{path}:{line}:{column}-{endLine}:{endColumn}";

        public static string Places(IEnumerable<string> places) => string.Join("; ", places);

        /// <summary>The order every shell's list is compared in (shells need not publish in the same order).</summary>
        public static List<Finding> Sorted(IEnumerable<Finding> findings) =>
            findings.OrderBy(f => f.Path, System.StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Id, System.StringComparer.Ordinal).ThenBy(f => f.Message, System.StringComparer.Ordinal).ToList();
    }
}
