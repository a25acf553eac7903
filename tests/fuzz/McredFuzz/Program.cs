using System;
using System.IO;
using System.Text;
using Mcred.Formatting;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;
using SharpFuzz;

namespace McredFuzz
{
    /// <summary>
    /// AFL++ target: every input is decoded as UTF-8 (invalid bytes become U+FFFD, as an editor would show them), checked,
    /// checked again, and formatted. Any exception or broken invariant is a crash for AFL to keep.
    /// </summary>
    public static class Program
    {
        private static readonly Mcred.Configuration.McredConfiguration Configuration = Mcred.Configuration.McredConfiguration.Defaults(new System.DateTime(2026, 11, 28));

        public static void Main(string[] args)
        {
            if (args.Length > 0)
            {
                // Replay one input (a finding) outside AFL.
                Run(File.ReadAllBytes(args[0]));
                return;
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                Run(memory.ToArray());
            });
        }

        private static void Run(byte[] bytes)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var first = McredChecker.Check(new[] { new McredSource("/fuzz/plan.mcred", text) }, Configuration);
            var second = McredChecker.Check(new[] { new McredSource("/fuzz/plan.mcred", text) }, Configuration);
            if (first.Diagnostics.Count != second.Diagnostics.Count)
            {
                throw new InvalidOperationException("non-deterministic diagnostics");
            }

            foreach (var d in first.Diagnostics)
            {
                if (d.Location.Span.End > text.Length)
                {
                    throw new InvalidOperationException("span outside the file");
                }
            }

            var syntax = Parser.Parse("/fuzz/plan.mcred", SourceText.From(text));
            var formatted = Formatter.Format(syntax);
            if (formatted != null && Formatter.Format(Parser.Parse("/fuzz/plan.mcred", SourceText.From(formatted))) != formatted)
            {
                throw new InvalidOperationException("fmt is not idempotent");
            }
        }
    }
}
