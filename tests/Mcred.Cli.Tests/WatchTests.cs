using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    /// <summary><c>check --watch</c> with a real file system watcher on a temporary folder.</summary>
    public class WatchTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

        private const string Clean = "category c \"C\" {\n  type soft\n}\n";

        /// <summary>A watch running in the background, its output readable while it runs.</summary>
        private sealed class Watch : IDisposable
        {
            private readonly StringWriter output = new StringWriter();
            private readonly TextWriter synchronized;
            private readonly CancellationTokenSource stop = new CancellationTokenSource();

            public Watch(CliRun run, params string[] args)
            {
                synchronized = TextWriter.Synchronized(output);
                var context = new CliContext(synchronized, synchronized, run.Folder, CliRun.Today) { Cancellation = stop.Token };
                Exit = Task.Run(() => CliRunner.Run(new[] { "check" }.Concat(args).Append("--watch").ToArray(), context));
            }

            public Task<int> Exit { get; }

            public string Output
            {
                get
                {
                    lock (synchronized)
                    {
                        return output.ToString();
                    }
                }
            }

            public int Checks => Regex.Matches(Output, @"^\[\d\d:\d\d:\d\d\] mcred check", RegexOptions.Multiline).Count;

            public void WaitFor(Func<Watch, bool> condition, string what)
            {
                var deadline = DateTime.UtcNow + Patience;
                while (!condition(this))
                {
                    Assert.True(DateTime.UtcNow < deadline, $"the watch never showed {what}; output:\n{Output}");
                    Thread.Sleep(50);
                }
            }

            public int Stop()
            {
                stop.Cancel();
                Assert.True(Exit.Wait(Patience), "the watch did not stop on Ctrl+C");
                return Exit.Result;
            }

            public void Dispose() => stop.Cancel();
        }

        [Fact]
        public void A_watched_folder_deleted_and_made_again_is_watched_again()
        {
            using var run = new CliRun().Write("plans/a.mcred", Clean);
            using var watch = new Watch(run, "plans");
            watch.WaitFor(w => w.Output.Contains("in 1 file"), "the first report");

            Directory.Delete(Path.Combine(run.Folder, "plans"), recursive: true);
            watch.WaitFor(w => w.Output.Contains("path not found"), "that the folder is gone");

            run.Write("plans/a.mcred", Clean);
            watch.WaitFor(w => w.Output.LastIndexOf("in 1 file", StringComparison.Ordinal) > w.Output.LastIndexOf("path not found", StringComparison.Ordinal), "the folder back");
            run.Write("plans/b.mcred", "credential k \"K\" {\n  skills nowhere\n}\n");
            watch.WaitFor(w => w.Output.Contains("undefined skill 'nowhere'"), "an edit in the new folder");
            Assert.Equal(0, watch.Stop());
        }

        [Fact]
        public void Edits_are_checked_again_and_ctrl_c_exits_zero()
        {
            using var run = new CliRun().Write("plans/a.mcred", Clean);
            using var watch = new Watch(run, "plans");
            watch.WaitFor(w => w.Output.Contains("in 1 file"), "the first report");
            watch.WaitFor(w => w.Output.Contains("watching 1 file under plans — Ctrl+C to stop"), "that it is watching");

            run.Write("plans/b.mcred", "credential k \"K\" {\n  skills nowhere\n}\n");
            watch.WaitFor(w => w.Output.Contains("undefined skill 'nowhere'"), "the new file's error");

            run.Write("plans/b.mcred", "credential k \"K\" {\n}\n");
            watch.WaitFor(w => w.Checks >= 3 && !w.Output.Substring(w.Output.LastIndexOf("mcred check", StringComparison.Ordinal)).Contains("nowhere"), "the fixed file");
            Assert.Equal(0, watch.Stop());
        }

        [Fact]
        public void A_burst_of_changes_is_one_check_and_an_atomic_save_is_seen()
        {
            using var run = new CliRun().Write("a.mcred", Clean);
            using var watch = new Watch(run, ".");
            watch.WaitFor(w => w.Checks == 1 && w.Output.Contains("in 1 file"), "the first report");

            for (var i = 0; i < 1000; i++)
            {
                File.WriteAllText(Path.Combine(run.Folder, $"bulk{i % 50}.mcred"), $"category k{i % 50} \"K\" {{\n  type soft\n}}\n");
            }

            watch.WaitFor(w => w.Output.Contains("in 51 files"), "the 50 new files");

            // An editor's save: write a temporary file, then rename it over the plan.
            var temp = Path.Combine(run.Folder, ".a.mcred.swp");
            File.WriteAllText(temp, "category c \"C\" {\n  type nonsense\n}\n");
            File.Move(temp, Path.Combine(run.Folder, "a.mcred"), overwrite: true);
            watch.WaitFor(w => w.Output.Contains("unknown type 'nonsense'"), "the saved file's error");

            // Checks run one after another, so every check the burst caused is printed before the one that reports the
            // save: the first report, one to three for the 1,000 writes, and the save's.
            var output = watch.Output;
            var untilSave = output.Substring(0, output.IndexOf("unknown type 'nonsense'", StringComparison.Ordinal));
            Assert.InRange(Regex.Matches(untilSave, @"^\[\d\d:\d\d:\d\d\] mcred check", RegexOptions.Multiline).Count, 3, 5);
            Assert.Equal(0, watch.Stop());
        }

        [Fact]
        public void A_file_deleted_mid_watch_and_an_emptied_folder_do_not_end_it()
        {
            using var run = new CliRun().Write("plans/a.mcred", Clean).Write("plans/b.mcred", Clean.Replace("c \"C\"", "d \"D\""));
            using var watch = new Watch(run, "plans");
            watch.WaitFor(w => w.Output.Contains("in 2 files"), "the first report");
            File.Delete(Path.Combine(run.Folder, "plans", "b.mcred"));
            watch.WaitFor(w => w.Output.Contains("in 1 file\n") || w.Output.Contains("in 1 file\r\n"), "the report without the deleted file");
            File.Delete(Path.Combine(run.Folder, "plans", "a.mcred"));
            watch.WaitFor(w => w.Output.Contains("mcred: no .mcred files under plans"), "the no-files message");
            run.Write("plans/c.mcred", Clean);
            watch.WaitFor(w => w.Output.LastIndexOf("in 1 file", StringComparison.Ordinal) > w.Output.LastIndexOf("no .mcred files", StringComparison.Ordinal), "the report after a file came back");
            Assert.Equal(0, watch.Stop());
        }
    }
}
