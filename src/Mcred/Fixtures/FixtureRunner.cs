using System.Collections.Generic;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Workspace;

namespace Mcred.Fixtures
{
    /// <summary>
    /// Checks one fixture file as a workspace of its own and compares the (line, ID) set it produces with its
    /// <c># expect:</c> comments. The same engine runs behind <c>mcred test</c> and the xunit harness.
    /// </summary>
    public static class FixtureRunner
    {
        public static FixtureResult Run(McredSource fixture, McredConfiguration configuration, RuleRegistry? registry = null)
        {
            var result = McredChecker.Check(new[] { fixture }, configuration, registry);
            var expected = new HashSet<Expectation>(ExpectationReader.Read(result.Files[0]));
            var produced = new HashSet<Expectation>();
            var unexpected = new List<McredDiagnostic>();
            var reported = new List<McredDiagnostic>();
            foreach (var diagnostic in result.Diagnostics)
            {
                // Silent diagnostics are not reported to users, so fixtures neither see nor expect them.
                if (diagnostic.Severity <= McredSeverity.Silent)
                {
                    continue;
                }

                reported.Add(diagnostic);
                var pair = new Expectation(diagnostic.Location.Line, diagnostic.Id);
                if (diagnostic.Location.Path == fixture.Path && expected.Contains(pair))
                {
                    produced.Add(pair);
                }
                else
                {
                    unexpected.Add(diagnostic);
                }
            }

            var missing = new List<Expectation>();
            foreach (var e in expected)
            {
                if (!produced.Contains(e))
                {
                    missing.Add(e);
                }
            }

            missing.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Id, b.Id));
            return new FixtureResult(fixture.Path, missing, unexpected, reported);
        }

        /// <summary>Runs a fixture from disk with the configuration that applies to its path.</summary>
        public static FixtureResult RunFile(string fullPath, System.DateTime today, RuleRegistry? registry = null) =>
            RunText(fullPath, WorkspaceFiles.Read(fullPath, out _), today, registry);

        /// <summary>Runs a fixture whose text is already read, with the configuration that applies to its path.</summary>
        public static FixtureResult RunText(string fullPath, string text, System.DateTime today, RuleRegistry? registry = null)
        {
            registry ??= RuleRegistry.Default;
            var folder = System.IO.Path.GetDirectoryName(fullPath) ?? ".";
            var configuration = ConfigurationLoader.Load(DiskFileSystem.Instance, new[] { fullPath }, new[] { folder }, registry, today);
            return Run(new McredSource(fullPath, text), configuration, registry);
        }
    }
}
