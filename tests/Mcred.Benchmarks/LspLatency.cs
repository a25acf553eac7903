using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Mcred.LanguageServer.Tests;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// What an editor user waits for: the real <c>mcred lsp</c> process over stdio on a workspace of 1,000 files,
    /// the time from sending an edit to receiving the publication that shows its diagnostic — the first edit after
    /// opening a file, then later edits (median) — against a whole-process <c>mcred check</c> of the same workspace.
    /// Run by whole-process.sh; a script's figure, never a timed test.
    /// </summary>
    internal static class LspLatency
    {
        public static async Task<int> Run(string mcred, int skills, int edits)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"mcred-lsp-latency-{skills}-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var texts = ThousandFiles.Texts(skills);
                for (var i = 0; i < texts.Length; i++)
                {
                    File.WriteAllText(Path.Combine(folder, $"p{i:D4}.mcred"), texts[i]);
                }

                var check = Enumerable.Range(0, 5).Select(_ => WholeProcessCheck(mcred, folder)).Min();
                // A typical file (the middle one, about 32 skills) and the worst case: file 0, which also holds every
                // issuer, persona, recognizer and category. The edits misspell a skill's category reference.
                foreach (var (label, index) in new[] { ("a typical file", texts.Length / 2), ("the first file with a skill (file 0 of 32,000 skills also holds every issuer, persona, recognizer and category)", Array.FindIndex(texts, t => t.Contains("\n  category ", StringComparison.Ordinal))) })
                {
                    // The first edit happens once per server: three servers, and the median of their first edits.
                    var firsts = new List<double>();
                    var later = new List<double>();
                    for (var session = 0; session < Sessions; session++)
                    {
                        var (first, rest) = await Edits(mcred, folder, Path.Combine(folder, $"p{index:D4}.mcred"), texts[index], edits);
                        firsts.Add(first);
                        later.AddRange(rest);
                    }

                    var firstMedian = Median(firsts);
                    var median = Median(later);
                    Console.WriteLine($"{skills} skills in 1,000 files, editing {label}: whole-process check {check:F0} ms (best of 5); first edit median {firstMedian:F0} ms = {firstMedian / check:P0} (of {string.Join(", ", firsts.Select(f => f.ToString("F0")))}); later edits median {median:F0} ms = {median / check:P0} ({later.Count} edits)");
                }
                return 0;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private const int Sessions = 3;

        private static double Median(List<double> values) => values.OrderBy(t => t).ElementAt(values.Count / 2);

        private static double WholeProcessCheck(string mcred, string folder)
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(mcred, new[] { "check", folder, "--fail-on", "none" }) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return watch.Elapsed.TotalMilliseconds;
        }

        private static async Task<(double First, List<double> Later)> Edits(string mcred, string folder, string path, string text, int edits)
        {
            using var process = Process.Start(new ProcessStartInfo(mcred, new[] { "lsp" }) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            using var client = new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
            await client.Initialize(folder);

            // A request is answered only after the workspace's first check: the editor is idle and ready.
            await client.Request<object>("workspace/symbol", new { query = "no-such-declaration" });
            var at = text.IndexOf("\n  category ", StringComparison.Ordinal) + "\n  category ".Length;
            var typo = text.Substring(0, at) + "zz" + text.Substring(at);
            await client.Open(path, text);

            var version = 1;
            var later = new List<double>();
            double first = 0;
            for (var i = 0; i <= edits; i++)
            {
                var broken = i % 2 == 0;
                version++;
                var watch = Stopwatch.StartNew();
                await client.Change(path, version, null, broken ? typo : text);
                var expected = version;
                await client.WaitForDiagnostics(path, p => p.Version == expected && p.Diagnostics.Any(d => d.Code == "MCR0002") == broken);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (i == 0)
                {
                    first = elapsed;
                }
                else
                {
                    later.Add(elapsed);
                }
            }

            await client.Request<object>("shutdown", null);
            await client.Notify("exit");
            process.WaitForExit(10_000);
            return (first, later);
        }
    }
}
