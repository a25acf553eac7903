using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>
    /// No path overwrites a file the workspace reads: a linked folder or a hard link leads to the plan as surely as its
    /// own path, and the configuration and a baseline in use are read too. A folder as target and a missing folder are
    /// one-line errors with nothing left behind.
    /// </summary>
    [Collection("atomic writes")]
    public class WriteGuardTests
    {
        public static TheoryData<string[]> WritingCommands() => new TheoryData<string[]>
        {
            new[] { "report", "plan", "--output", "planlink/skills.mcred" },
            new[] { "export", "ctdl", "plan", "--output", "planlink/skills.mcred" },
            new[] { "coverage", "plan", "--output", "planlink/skills.mcred" },
            new[] { "check", "plan", "--output", "planlink/skills.mcred" },
            new[] { "check", "plan", "--baseline", "planlink/skills.mcred", "--update-baseline" },
            new[] { "check", "plan", "--output", "hardlink.mcred" },
            new[] { "check", "plan", "--output", "plan/.editorconfig" },
            new[] { "report", "plan", "--output", "planlink/.editorconfig" },
            new[] { "check", "plan", "--output", "plan/.mcredignore" },
        };

        [Theory]
        [MemberData(nameof(WritingCommands))]
        public void A_target_that_is_a_file_the_workspace_reads_is_refused_and_kept(string[] args)
        {
            using var run = Workspace();
            var before = Snapshot(run);
            Assert.Equal(2, run.Run(args));
            Assert.True(run.Stderr.Contains("which mcred reads") || run.Stderr.Contains("is one of the"), run.Stderr);
            Assert.Single(run.Stderr.Trim().Split('\n'));
            Assert.Equal(before, Snapshot(run));
        }

        [Fact]
        public void The_baseline_in_use_is_not_the_report_target()
        {
            using var run = Workspace();
            Assert.Equal(0, run.Run("check", "plan", "--baseline", "base.json", "--update-baseline", "--fail-on", "none"));
            var baseline = run.Read("base.json");
            Assert.Equal(2, run.Run("check", "plan", "--baseline", "base.json", "--output", "base.json"));
            Assert.Contains("base.json", run.Stderr);
            Assert.Equal(baseline, run.Read("base.json"));
        }

        [Fact]
        public void A_folder_as_target_is_a_clear_error_and_nothing_is_left_behind()
        {
            using var run = Workspace();
            Directory.CreateDirectory(Path.Combine(run.Folder, "reports"));
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(2, run.Run("check", "plan", "--output", "reports"));
                Assert.Contains("is a folder", run.Stderr);
            }

            Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(run.Folder, "reports")));
            Assert.Empty(Directory.GetFiles(run.Folder, "*.tmp", SearchOption.AllDirectories));
        }

        [Theory]
        [InlineData("check", "plan", "--output", "typo/deeper/report.txt")]
        [InlineData("report", "plan", "--output", "typo/report.html")]
        [InlineData("export", "ob3", "plan", "--output", "typo/deeper/badges", "--base-url", "https://example.org/")]
        public void Missing_folders_are_never_created(params string[] args)
        {
            using var run = Workspace();
            Assert.Equal(2, run.Run(args));
            Assert.Contains("does not exist", run.Stderr);
            Assert.Contains("create it first", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "typo")));
        }

        private static CliRun Workspace()
        {
            var run = new CliRun();
            var plan = Path.Combine(run.Folder, "plan");
            Directory.CreateDirectory(plan);
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus", "examples", "analytics"), "*.mcred"))
            {
                File.Copy(file, Path.Combine(plan, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(plan, ".editorconfig"), "root = true\n\n[*.mcred]\nmcred_why_min_words = 3\n");
            File.WriteAllText(Path.Combine(plan, ".mcredignore"), "drafts/\n");
            File.CreateSymbolicLink(Path.Combine(run.Folder, "planlink"), plan);
            UnixTool.Run("ln", Path.Combine(plan, "skills.mcred"), Path.Combine(run.Folder, "hardlink.mcred"));
            return run;
        }

        /// <summary>Every file under the workspace with its text: what must not change.</summary>
        private static string Snapshot(CliRun run) =>
            string.Join("\n", Directory.GetFiles(Path.Combine(run.Folder, "plan"), "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => Path.GetFileName(p) + "=" + File.ReadAllText(p)));
    }
}
