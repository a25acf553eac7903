using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Fixtures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    /// <summary>The analyzer reports exactly what the CLI reports (ID, severity, message, span) on every fixture of the repository.</summary>
    public class ParityTests
    {
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures");

        public static IEnumerable<object[]> Fixtures() =>
            Directory.GetFiles(Folder, "*.mcred").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

        [Theory]
        [MemberData(nameof(Fixtures))]
        public async Task Analyzer_equals_cli_on_fixture(string name)
        {
            var text = File.ReadAllText(Path.Combine(Folder, name));
            var cli = FixtureRunner.RunText(Path.Combine(Folder, name), text, DateTime.Today);
            Assert.NotEmpty(cli.Reported);

            var path = "/fixtures/" + name;
            var test = new McredAnalyzerTest();
            test.TestState.AdditionalFiles.Add((path, text));
            test.TestState.AnalyzerConfigFiles.Add(("/fixtures/.editorconfig", File.ReadAllText(Path.Combine(Folder, ".editorconfig"))));
            foreach (var d in cli.Reported)
            {
                var expected = new DiagnosticResult(d.Id, SeverityMapping.ToRoslyn(d.Severity))
                    .WithSpan(path, d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn)
                    .WithMessage(d.Message);
                foreach (var related in d.RelatedLocations)
                {
                    // The other place the message names reaches the build as an additional location (one file here).
                    expected = expected.WithSpan(path, related.Line, related.Column, related.EndLine, related.EndColumn);
                }

                test.ExpectedDiagnostics.Add(expected);
            }

            await test.RunAsync();
        }
    }
}
