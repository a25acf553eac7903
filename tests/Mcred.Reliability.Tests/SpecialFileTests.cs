using Mcred.Files;
using System;
using System.Diagnostics;
using System.IO;
using Mcred.TestSupport;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>
    /// Files that are not plain files (named pipes, devices), folders reached twice through links, and writes that
    /// must keep what a file is (its owner, its hard links, its type). Each shape was found by an adversarial run.
    /// </summary>
    [Collection("atomic writes")]
    public class SpecialFileTests
    {
        private const string Plan = "category c { type soft }\n";
        private const string Messy = "skill a {\n    why \"x\"\n}\n";

        private static bool IsRoot => Environment.UserName == "root";


        private const string Setpriv = "/usr/bin/setpriv";

        /// <summary>Runs the CLI as user and group 65534 (nobody), in the run's folder, through setpriv (needs root).</summary>
        /// <summary>
        /// Another user can run the built mcred only when every folder above it lets others through (a clone in a
        /// mode-0700 folder does not); the test skips with that reason rather than failing.
        /// </summary>
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private static void SkipUnlessOthersReach(string path)
        {
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                var mode = File.GetUnixFileMode(folder);
                Skip.IfNot((mode & UnixFileMode.OtherExecute) != 0, $"another user cannot enter {folder} (mode {Convert.ToString((int)mode, 8)}), where the built mcred is");
            }
        }

        private static (int Code, string Output) RunAsNobody(CliRun run, params string[] args)
        {
            if (OperatingSystem.IsLinux())
            {
                SkipUnlessOthersReach(typeof(Mcred.Cli.CliRunner).Assembly.Location);
                SkipUnlessOthersReach(Path.Combine(run.Folder, "x"));
            }
            var info = new ProcessStartInfo(Setpriv) { UseShellExecute = false, WorkingDirectory = run.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--reuid", "65534", "--regid", "65534", "--clear-groups", "dotnet", typeof(Mcred.Cli.CliRunner).Assembly.Location })
            {
                info.ArgumentList.Add(arg);
            }

            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["HOME"] = run.Folder;
            info.Environment["DOTNET_CLI_HOME"] = run.Folder;
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stderr.Result + output);
        }

        [SkippableFact]
        public void A_named_pipe_with_a_plan_name_is_a_one_line_error_not_a_hang()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "file types come from Linux statx");
            using var run = new CliRun().Write("a.mcred", Plan);
            UnixTool.Run("mkfifo", Path.Combine(run.Folder, "pipe.mcred"));
            Assert.Equal(2, run.Run("check"));
            Assert.Equal("mcred: pipe.mcred: is a named pipe (FIFO), not a regular file; mcred reads only regular .mcred files", run.Stderr.Trim());
            Assert.Equal(2, run.Run("check", "pipe.mcred"));
            Assert.Equal(2, run.Run("fmt"));
            Assert.Contains("named pipe", run.Stderr);
        }

        [SkippableFact]
        public void A_plan_linked_to_an_endless_device_is_a_one_line_error()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "file types come from Linux statx");
            using var run = new CliRun();
            File.CreateSymbolicLink(Path.Combine(run.Folder, "zero.mcred"), "/dev/zero");
            Assert.Equal(2, run.Run("check"));
            Assert.Equal("mcred: zero.mcred: is a character device, not a regular file; mcred reads only regular .mcred files", run.Stderr.Trim());
        }

        [SkippableTheory]
        [InlineData(".editorconfig")]
        [InlineData(".globalconfig")]
        public void A_config_file_that_is_a_named_pipe_is_as_if_absent(string name)
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "file types come from Linux statx");
            using var run = new CliRun().Write("plans/a.mcred", Plan);
            UnixTool.Run("mkfifo", Path.Combine(run.Folder, name));
            Assert.Equal(0, run.Run("check", "plans"));
            Assert.Contains("in 1 file", run.Stdout);
        }

        [SkippableFact]
        public void A_folder_reached_again_through_links_in_its_path_is_walked_once()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "folder identity comes from Linux statx");

            // r/s -> . and r/d/back -> ../s/d: the link's text names r/s/d, a different path to the real folder r/d.
            using var run = new CliRun().Write("r/d/p.mcred", Plan).Write("r/top.mcred", "category t { type technical }\n");
            File.CreateSymbolicLink(Path.Combine(run.Folder, "r", "s"), ".");
            File.CreateSymbolicLink(Path.Combine(run.Folder, "r", "d", "back"), "../s/d");
            Assert.Equal(0, run.Run("check", "r"));
            Assert.Contains("in 2 files", run.Stdout);
            Assert.DoesNotContain("MCR0003", run.Stdout);
        }

        [SkippableFact]
        public void One_file_named_twice_is_checked_once()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "file identity comes from Linux statx");
            using var run = new CliRun().Write("a.mcred", Plan);
            File.CreateSymbolicLink(Path.Combine(run.Folder, "alias.mcred"), "a.mcred");
            Assert.Equal(0, run.Run("check", "a.mcred", "alias.mcred", "."));
            Assert.Contains("in 1 file", run.Stdout);
        }

        [SkippableFact]
        public void Output_onto_a_device_is_refused_and_the_device_stays()
        {
            Skip.IfNot(OperatingSystem.IsLinux() && IsRoot, "making a device node (mknod) needs root on Linux");
            using var run = new CliRun().Write("a.mcred", Plan);
            var device = Path.Combine(run.Folder, "null");
            UnixTool.Run("mknod", device, "c", "1", "3");
            Assert.Equal(2, run.Run("check", "--output", "null"));
            Assert.Equal("mcred: null: is a character device, not a regular file; mcred writes only regular files (to see the report on the terminal, leave out --output)", run.Stderr.Trim());
            Assert.Equal(FileKind.CharacterDevice, FileFacts.Of(device)!.Kind);
        }

        [SkippableFact]
        public void Output_onto_a_named_pipe_is_refused_without_blocking()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "file types come from Linux statx");
            using var run = new CliRun().Write("a.mcred", Plan);
            UnixTool.Run("mkfifo", Path.Combine(run.Folder, "pipe"));
            Assert.Equal(2, run.Run("check", "--output", "pipe"));
            Assert.Contains("is a named pipe (FIFO), not a regular file", run.Stderr);
            Assert.Equal(FileKind.NamedPipe, FileFacts.Of(Path.Combine(run.Folder, "pipe"))!.Kind);
        }

        [SkippableFact]
        public void A_read_only_folder_is_a_one_line_error_and_nothing_is_left()
        {
            Skip.IfNot(OperatingSystem.IsLinux() && IsRoot && File.Exists(Setpriv), "running as a user who may not write the folder needs root and setpriv");
            using var run = new CliRun().Write("plans/a.mcred", Messy);
            var folder = Path.Combine(run.Folder, "plans");
            UnixTool.Run("chmod", "777", run.Folder);
            UnixTool.Run("chmod", "755", folder);
            UnixTool.Run("chmod", "666", Path.Combine(folder, "a.mcred"));
            var (code, output) = RunAsNobody(run, "fmt", "plans");
            Assert.Equal(2, code);
            Assert.StartsWith("mcred: cannot write plans/a.mcred", output);
            Assert.Single(output.Trim().Split('\n'));
            Assert.Equal(Messy, run.Read("plans/a.mcred"));
            Assert.Single(Directory.GetFileSystemEntries(folder));
        }

        [Fact]
        public void A_plan_over_the_size_limit_is_a_one_line_error()
        {
            using var run = new CliRun();
            using (var sparse = File.Create(Path.Combine(run.Folder, "huge.mcred")))
            {
                sparse.SetLength(WorkspaceFiles.MaxFileBytes + 1);
            }

            Assert.Equal(2, run.Run("check"));
            Assert.Equal("mcred: huge.mcred: is larger than 256 MB, the most mcred reads from one file; split the plan into several files", run.Stderr.Trim());
        }

        [SkippableFact]
        public void Fmt_keeps_hard_links_together()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "link counts come from Linux statx");
            using var run = new CliRun().Write("a.mcred", Messy);
            UnixTool.Run("ln", Path.Combine(run.Folder, "a.mcred"), Path.Combine(run.Folder, "also.txt"));
            var before = FileFacts.Of(Path.Combine(run.Folder, "a.mcred"))!.Inode;
            Assert.Equal(0, run.Run("fmt", "a.mcred"));
            Assert.NotEqual(Messy, run.Read("a.mcred"));
            Assert.Equal(run.Read("a.mcred"), run.Read("also.txt"));
            Assert.Equal(before, FileFacts.Of(Path.Combine(run.Folder, "a.mcred"))!.Inode);
            Assert.Single(Directory.GetFiles(run.Folder, "*.mcred"));
        }

        [SkippableFact]
        public void Fmt_by_root_keeps_the_files_owner()
        {
            Skip.IfNot(OperatingSystem.IsLinux() && IsRoot, "giving a file to another user needs root on Linux");
            using var run = new CliRun().Write("a.mcred", Messy);
            var plan = Path.Combine(run.Folder, "a.mcred");
            UnixTool.Run("chown", "1234:2345", plan);
            Assert.Equal(0, run.Run("fmt", "a.mcred"));
            var facts = FileFacts.Of(plan)!;
            Assert.NotEqual(Messy, run.Read("a.mcred"));
            Assert.Equal((1234u, 2345u), (facts.Owner, facts.Group));
        }

        [SkippableFact]
        public void Fmt_by_another_user_keeps_a_shared_files_owner()
        {
            Skip.IfNot(OperatingSystem.IsLinux() && IsRoot && File.Exists(Setpriv), "running as another user needs root and setpriv");
            using var run = new CliRun().Write("a.mcred", Messy);
            var plan = Path.Combine(run.Folder, "a.mcred");
            UnixTool.Run("chmod", "777", run.Folder);
            UnixTool.Run("chown", "1234:65534", plan);
            UnixTool.Run("chmod", "664", plan);
            var (code, output) = RunAsNobody(run, "fmt", "a.mcred");
            Assert.True(code == 0, output);
            var facts = FileFacts.Of(plan)!;
            Assert.NotEqual(Messy, run.Read("a.mcred"));
            Assert.Equal((1234u, 65534u), (facts.Owner, facts.Group));
        }
    }
}
