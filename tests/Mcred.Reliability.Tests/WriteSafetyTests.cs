using System;
using System.IO;
using System.Linq;
using Mcred.Cli.Output;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>Every command that writes goes through a temporary file and a rename; a failure leaves the original untouched.</summary>
    [Collection("atomic writes")]
    public class WriteSafetyTests : IDisposable
    {
        private const string Messy = "skill a {\n    why \"x\"\n}\n";

        public void Dispose() => AtomicFile.BeforeRename = null;

        private static void FailBeforeRename() => AtomicFile.BeforeRename = _ => throw new IOException("simulated disk failure");

        [Fact]
        public void Fmt_failing_mid_write_leaves_the_original_and_no_temporary_file()
        {
            using var run = new CliRun();
            File.WriteAllText(Path.Combine(run.Folder, "a.mcred"), Messy);
            FailBeforeRename();
            Assert.Equal(2, run.Run("fmt"));
            Assert.Contains("simulated disk failure", run.Stderr);
            Assert.Equal(Messy, File.ReadAllText(Path.Combine(run.Folder, "a.mcred")));
            Assert.Equal(new[] { "a.mcred" }, Directory.GetFiles(run.Folder).Select(Path.GetFileName));
        }

        [Theory]
        [InlineData("check", "--output", "report.json", "--format", "json")]
        [InlineData("new", "plans")]
        public void Output_and_new_failing_mid_write_leave_nothing_half_written(params string[] args)
        {
            using var run = new CliRun();
            File.WriteAllText(Path.Combine(run.Folder, "a.mcred"), "category c { type soft }\n");
            File.WriteAllText(Path.Combine(run.Folder, "report.json"), "previous report");
            FailBeforeRename();
            Assert.Equal(2, run.Run(args));
            Assert.Equal("previous report", File.ReadAllText(Path.Combine(run.Folder, "report.json")));
            Assert.Empty(Directory.GetFiles(run.Folder, "*.tmp", SearchOption.AllDirectories));
            Assert.Empty(Directory.GetFiles(run.Folder, ".*", SearchOption.AllDirectories));
        }

        [Fact]
        public void Fmt_never_writes_through_a_symbolic_link_out_of_the_folder()
        {
            using var outside = new CliRun();
            using var run = new CliRun();
            var target = Path.Combine(outside.Folder, "elsewhere.mcred");
            File.WriteAllText(target, Messy);
            File.CreateSymbolicLink(Path.Combine(run.Folder, "linked.mcred"), target);
            Assert.Equal(2, run.Run("fmt"));
            Assert.Contains("symbolic link", run.Stderr);
            Assert.Equal(Messy, File.ReadAllText(target));
            Assert.NotNull(new FileInfo(Path.Combine(run.Folder, "linked.mcred")).LinkTarget);
        }

        [SkippableTheory]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
        [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute)]
        public void Fmt_keeps_the_files_permission_bits(UnixFileMode mode)
        {
            Skip.If(OperatingSystem.IsWindows(), "Unix permission bits");
            using var run = new CliRun();
            var plan = Path.Combine(run.Folder, "a.mcred");
            File.WriteAllText(plan, Messy);
            File.SetUnixFileMode(plan, mode);
            Assert.Equal(0, run.Run("fmt"));
            Assert.NotEqual(Messy, File.ReadAllText(plan));
            Assert.Equal(mode, File.GetUnixFileMode(plan));
        }

        [SkippableFact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Fmt_does_not_rewrite_a_read_only_file()
        {
            Skip.If(OperatingSystem.IsWindows(), "Unix permission bits");
            using var run = new CliRun();
            var plan = Path.Combine(run.Folder, "a.mcred");
            File.WriteAllText(plan, Messy);
            File.SetUnixFileMode(plan, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            Assert.Equal(2, run.Run("fmt"));
            Assert.Equal("mcred: a.mcred: is read-only; mcred does not change it (make it writable first)", run.Stderr.Trim());
            Assert.Equal(Messy, File.ReadAllText(plan));
        }

        [Fact]
        public void An_edit_made_while_fmt_runs_is_kept_and_nothing_is_written()
        {
            using var run = new CliRun();
            var plan = Path.Combine(run.Folder, "a.mcred");
            File.WriteAllText(plan, Messy);
            const string Edited = "skill a {\n    why \"edited meanwhile\"\n}\n";
            AtomicFile.BeforeRename = _ => File.WriteAllText(plan, Edited);
            Assert.Equal(2, run.Run("fmt"));
            Assert.Contains("changed since mcred read it", run.Stderr);
            Assert.Equal(Edited, File.ReadAllText(plan));
            Assert.Equal(new[] { "a.mcred" }, Directory.GetFiles(run.Folder).Select(Path.GetFileName));
        }

        /// <summary>A clean plan with one suppression ID that suppresses nothing: a safe fix removes it.</summary>
        private const string UnusedSuppression = "# mcred-disable-next-line MCR1014 -- reviewed\ncategory c \"C\" {\n  type soft\n}\n";

        [SkippableFact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Fix_leaves_a_read_only_file_as_it_is_fixes_the_others_and_still_reports()
        {
            Skip.If(OperatingSystem.IsWindows(), "Unix permission bits");
            using var run = new CliRun();
            var locked = Path.Combine(run.Folder, "a.mcred");
            File.WriteAllText(locked, UnusedSuppression);
            File.WriteAllText(Path.Combine(run.Folder, "b.mcred"), UnusedSuppression.Replace("category c ", "category d "));
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            run.Run("check", "--fix", "--format", "text");
            Assert.Equal(UnusedSuppression, File.ReadAllText(locked));
            Assert.DoesNotContain("MCR1014", run.Read("b.mcred"), StringComparison.Ordinal);
            Assert.Contains("mcred: a.mcred: is read-only; mcred does not change it (make it writable first); its fixes were not applied", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("mcred: applied 1 safe fix in 1 file", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("a.mcred(1,", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("MCR1018", run.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Fix_keeps_an_edit_another_process_made_meanwhile_and_reports_the_file_as_it_is_now()
        {
            using var run = new CliRun();
            var plan = Path.Combine(run.Folder, "a.mcred");
            File.WriteAllText(plan, UnusedSuppression);
            var edited = UnusedSuppression.Replace("type soft", "type technical");
            AtomicFile.BeforeRename = _ => File.WriteAllText(plan, edited);
            run.Run("check", "--fix", "--format", "text");
            AtomicFile.BeforeRename = null;
            Assert.Equal(edited, File.ReadAllText(plan));
            Assert.Contains("mcred: a.mcred: changed since mcred read it; nothing was written (run the command again); its fixes were not applied", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("mcred: applied", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("MCR1018", run.Stdout, StringComparison.Ordinal);
            Assert.Equal(new[] { "a.mcred" }, Directory.GetFiles(run.Folder).Select(Path.GetFileName));
        }

        [Fact]
        public void Temporary_files_are_recognisable_by_name()
        {
            using var run = new CliRun();
            File.WriteAllText(Path.Combine(run.Folder, "a.mcred"), Messy);
            string? seen = null;
            AtomicFile.BeforeRename = temp => seen = Path.GetFileName(temp);
            Assert.Equal(0, run.Run("fmt"));
            Assert.Matches(@"^\.a\.mcred\.mcred-write-[0-9a-f]{8}\.tmp$", seen);
        }

        [Fact]
        public void Output_is_never_written_through_a_symbolic_link()
        {
            using var outside = new CliRun();
            using var run = new CliRun();
            var target = Path.Combine(outside.Folder, "victim.txt");
            File.WriteAllText(target, "keep me");
            File.WriteAllText(Path.Combine(run.Folder, "a.mcred"), "category c { type soft }\n");
            File.CreateSymbolicLink(Path.Combine(run.Folder, "report.json"), target);
            Assert.Equal(2, run.Run("check", "--output", "report.json"));
            Assert.Equal("keep me", File.ReadAllText(target));
        }
    }

    [CollectionDefinition("atomic writes", DisableParallelization = true)]
    public class AtomicWritesCollection
    {
    }
}
