using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Running;
using Mcred.Benchmarks.Synthetic;
using Mcred.Workspace;

namespace Mcred.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--quick")
            {
                Quick(args.Length > 1 ? int.Parse(args[1]) : 32000);
                return 0;
            }

            if (args.Length > 0 && args[0] == "--export")
            {
                var export = new ExportBenchmarks();
                export.Setup();
                for (var round = 0; round < 5; round++)
                {
                    var sw = Stopwatch.StartNew();
                    export.Check();
                    var check = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    export.Export();
                    Console.WriteLine($"check {check:F0} ms, export {sw.Elapsed.TotalMilliseconds:F0} ms = {sw.Elapsed.TotalMilliseconds / check:F2}x ({export.Breakdown()})");
                }

                return 0;
            }

            if (args.Length > 3 && args[0] == "--lsp-latency")
            {
                // mcred's command (the installed tool), the workspace's skills, how many edits.
                return LspLatency.Run(args[1], int.Parse(args[2]), int.Parse(args[3])).GetAwaiter().GetResult();
            }

            if (args.Length > 0 && args[0] == "--lsp")
            {
                QuickLanguageServer();
                return 0;
            }

            if (args.Length > 1 && args[0] == "--parse-json")
            {
                // The "small .NET program that parses the same content as JSON" of the whole-process comparison.
                using var document = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllBytes(args[1]));
                Console.WriteLine(document.RootElement.GetPropertyCount());
                return 0;
            }

            if (args.Length > 1 && args[0] == "--generate")
            {
                Generate(int.Parse(args[1]), args[2]);
                return 0;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        /// <summary>A rough stopwatch pass over the language server benchmark; BenchmarkDotNet gives the figures that count.</summary>
        private static void QuickLanguageServer()
        {
            var bench = new LanguageServerBenchmarks();
            bench.Setup();
            for (var round = 0; round < 5; round++)
            {
                var sw = Stopwatch.StartNew();
                bench.FullCheck();
                var full = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                bench.EditOne();
                var edit = sw.Elapsed.TotalMilliseconds;
                Console.WriteLine($"full {full:F0} ms, edit {edit:F0} ms = {edit / full:P0} ({bench.Breakdown()})");
            }

            // What the server holds: everything reachable after a full collection, per character of the workspace.
            bench.FullCheck();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var held = GC.GetTotalMemory(forceFullCollection: true);
            var characters = bench.Characters;
            Console.WriteLine($"held {held / 1_000_000} MB for {characters:N0} characters = {held / (double)characters:F1} B/char (the benchmark's own copies of the texts included)");

            bench.Cleanup();
        }

        /// <summary>A rough stopwatch pass for development; the figures that count come from BenchmarkDotNet.</summary>
        private static void Quick(int skills)
        {
            var ws = new WorkspaceGenerator().Generate(skills);
            var sources = ws.Files.Select(f => new McredSource(f.Path, f.Text)).ToList();
            for (var round = 0; round < 5; round++)
            {
                Phases(sources);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var json = Stopwatch.StartNew();
                using (System.Text.Json.JsonDocument.Parse(ws.Json))
                {
                }

                json.Stop();
                GC.Collect();
                var pauseBefore = GC.GetTotalPauseDuration();
                var gen2Before = GC.CollectionCount(2);
                var sw = Stopwatch.StartNew();
                var result = McredChecker.Check(sources, Mcred.Configuration.McredConfiguration.Defaults(new DateTime(2026, 11, 28)));
                sw.Stop();
                Console.Write($"  [gc pause {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms, gen2 {GC.CollectionCount(2) - gen2Before}] ");
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Console.WriteLine($"{skills} skills, {ws.Characters:N0} chars: mcred {sw.ElapsedMilliseconds} ms, json {json.ElapsedMilliseconds} ms, {allocated / (double)ws.Characters:F1} B/char, {result.Diagnostics.Count} diagnostics");
            }
        }

        private static void Phases(System.Collections.Generic.List<McredSource> sources)
        {
            var texts = sources.Select(s => s.Text.ToString()).ToList();
            var sw = Stopwatch.StartNew();
            foreach (var t in texts)
            {
                Mcred.Syntax.Lexer.Lex(t);
            }

            Console.Write($"  lex {sw.ElapsedMilliseconds} ms;");
            sw.Restart();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var files = sources.Select(s => Mcred.Syntax.Parser.Parse(s.Path, s.Text)).ToList();
            var parse = sw.ElapsedMilliseconds;
            Console.Write($" parse {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)texts.Sum(t => t.Length):F1} B/char;");
            sw.Restart();
            var bound = Mcred.Binding.Binder.Bind(files);
            var bind = sw.ElapsedMilliseconds;
            sw.Restart();
            McredChecker.CheckParsed(files, Mcred.Configuration.McredConfiguration.Defaults(new DateTime(2026, 11, 28)));
            Console.WriteLine($"  parse {parse} ms, bind {bind} ms, bind+rules+suppress {sw.ElapsedMilliseconds} ms");
        }

        /// <summary>Writes a generated workspace (and its JSON) to a folder, for whole-process measurements.</summary>
        private static void Generate(int skills, string folder)
        {
            var ws = new WorkspaceGenerator().Generate(skills, folder);
            System.IO.Directory.CreateDirectory(folder);
            foreach (var (path, text) in ws.Files)
            {
                System.IO.File.WriteAllText(path, text);
            }

            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "workspace.json"), ws.Json);
            Console.WriteLine($"{ws.Files.Count} files, {ws.Characters:N0} characters");
        }
    }
}
