using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Mcred.Model;
using Mcred.Analyzers;
using Mcred.Binding;
using Mcred.Formatting;
using Mcred.Syntax;
using Mcred.TestSupport;
using Mcred.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Reliability.Tests
{
    /// <summary>What must hold for any input: no exception, spans inside the file, the same answer twice, fmt safe.</summary>
    internal static class Invariants
    {
        public static string Describe(string text) =>
            text.Length <= 400 ? Escape(text) : Escape(text.Substring(0, 400)) + $"... ({text.Length} chars)";

        /// <summary>Check, then check again: no exception, every span inside the file, identical diagnostics.</summary>
        public static void CheckIsTotalAndDeterministic(string text)
        {
            var first = Run(text);
            foreach (var d in first.Diagnostics)
            {
                if (d.Location.Path == "/fuzz/plan.mcred" && (d.Location.Span.Start < 0 || d.Location.Span.End > text.Length || d.Location.Line < 1 || d.Location.Column < 1))
                {
                    throw new InvalidOperationException($"{d.Id} span {d.Location.Span} outside a text of {text.Length} chars\n{Describe(text)}");
                }
            }

            var again = Run(text);
            var a = string.Join("\n", first.Diagnostics.Select(Key));
            var b = string.Join("\n", again.Diagnostics.Select(Key));
            if (a != b)
            {
                throw new InvalidOperationException("two checks of the same text differ\n" + Describe(text));
            }
        }

        /// <summary>fmt refuses a file with a syntax error; otherwise its output parses cleanly, means the same, and is stable.</summary>
        public static void FmtIsSafe(string text)
        {
            var before = Parser.Parse("/fuzz/plan.mcred", SourceText.From(text));
            var formatted = Formatter.Format(before);
            if (before.Errors.Count > 0)
            {
                if (formatted != null)
                {
                    throw new InvalidOperationException("fmt formatted a file with a syntax error\n" + Describe(text));
                }

                return;
            }

            var after = Parser.Parse("/fuzz/plan.mcred", SourceText.From(formatted!));
            if (after.Errors.Count > 0 || Fingerprint(before) != Fingerprint(after) || Formatter.Format(after) != formatted)
            {
                throw new InvalidOperationException("fmt changed the model or is not idempotent\n" + Describe(text));
            }
        }

        /// <summary>The analyzer reports mcred diagnostics and never fails (no AD0001).</summary>
        public static void AnalyzerNeverThrows(string text)
        {
            var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/fuzz/plan.mcred", text));
            var diagnostics = CSharpCompilation.Create("fuzz")
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new McredAnalyzer()), new AnalyzerOptions(files))
                .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            var failure = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
            if (failure != null)
            {
                throw new InvalidOperationException(failure.GetMessage() + "\n" + Describe(text));
            }
        }

        public static string Fingerprint(SyntaxFile file) => string.Join("\n", file.Declarations.Select(d =>
            $"{d.Kind} {d.Id} [{d.DisplayName?.StringValue}] " + string.Join("; ", d.Properties
                .OrderBy(p => PropertySchema.OrderOf(d.Kind, p.Name))
                .Select(p => p.Name + "=" + string.Join(",", p.Values.Select(v => $"{v.Kind}:{v.Tag}:{v.StringValue ?? v.Text}"))))));

        private static CheckResult Run(string text) => McredChecker.Check(new[] { new McredSource("/fuzz/plan.mcred", text) }, Mcred.Configuration.McredConfiguration.Defaults(new System.DateTime(2026, 11, 28)));

        private static string Key(Mcred.Diagnostics.McredDiagnostic d) =>
            $"{d.Id} {d.Severity} {d.Location.Span} {d.Message}";

        private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n\n").Replace("\0", "\\0");
    }
}
