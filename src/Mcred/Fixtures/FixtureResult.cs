using System.Collections.Generic;
using System.Text;
using Mcred.Diagnostics;

namespace Mcred.Fixtures
{
    /// <summary>The outcome of one fixture: what was expected and missing, and what was reported unexpectedly.</summary>
    public sealed class FixtureResult
    {
        internal FixtureResult(string path, IReadOnlyList<Expectation> missing, IReadOnlyList<McredDiagnostic> unexpected, IReadOnlyList<McredDiagnostic> reported)
        {
            Path = path;
            Missing = missing;
            Unexpected = unexpected;
            Reported = reported;
        }

        public string Path { get; }
        public bool Passed => Missing.Count == 0 && Unexpected.Count == 0;

        /// <summary>Expected (line, ID) pairs that no diagnostic matched.</summary>
        public IReadOnlyList<Expectation> Missing { get; }

        /// <summary>Diagnostics that no expectation named.</summary>
        public IReadOnlyList<McredDiagnostic> Unexpected { get; }

        /// <summary>Everything the fixture's workspace reported.</summary>
        public IReadOnlyList<McredDiagnostic> Reported { get; }

        /// <summary>The difference, one line per pair: what a failing test prints.</summary>
        public string Describe(string displayPath)
        {
            var sb = new StringBuilder();
            foreach (var m in Missing)
            {
                sb.Append("  missing    ").Append(displayPath).Append('(').Append(m.Line).Append("): ").Append(m.Id).Append('\n');
            }

            foreach (var u in Unexpected)
            {
                var where = u.Location.Path == Path ? displayPath : u.Location.Path;
                sb.Append("  unexpected ").Append(DiagnosticLine.Format(u, where)).Append('\n');
            }

            return sb.ToString();
        }
    }
}
