using Mcred.Files;
using System;
using System.Collections.Generic;
using Mcred.Binding;
using Mcred.Diagnostics;

namespace Mcred.Workspace
{
    /// <summary>Workspace order: '/'-separated paths compared ordinally (UTF-16), then position in the file.</summary>
    internal static class WorkspaceOrder
    {
        public static int ComparePaths(string a, string b) =>
            string.CompareOrdinal(PathText.Normalize(a), PathText.Normalize(b));

        /// <summary>Output order: path, line, column, then ID.</summary>
        public static readonly Comparison<McredDiagnostic> Diagnostics = (x, y) =>
        {
            var c = ComparePaths(x.Location.Path, y.Location.Path);
            if (c == 0) c = x.Location.Line.CompareTo(y.Location.Line);
            if (c == 0) c = x.Location.Column.CompareTo(y.Location.Column);
            if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
            return c;
        };

        /// <summary>A stable sort (List.Sort is not), so equal keys keep the order they were reported in.</summary>
        public static List<McredDiagnostic> Sorted(IEnumerable<McredDiagnostic> diagnostics)
        {
            var indexed = new List<(McredDiagnostic Diagnostic, int Index)>();
            foreach (var d in diagnostics)
            {
                indexed.Add((d, indexed.Count));
            }

            indexed.Sort((a, b) =>
            {
                var c = Diagnostics(a.Diagnostic, b.Diagnostic);
                return c != 0 ? c : a.Index.CompareTo(b.Index);
            });
            return indexed.ConvertAll(p => p.Diagnostic);
        }
    }
}
