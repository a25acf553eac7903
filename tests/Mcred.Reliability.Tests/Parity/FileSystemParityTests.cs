using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Mcred.Tooling.Files;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>
    /// Workspace discovery is written once over a file system: the same files on the disk (the CLI) and in memory (the
    /// browser edition) give the same plans, the same options and the same diagnostics.
    /// </summary>
    public class FileSystemParityTests
    {
        private const string MemoryRoot = "/workspace";
        private static readonly DateTime Today = new DateTime(2026, 11, 28);
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public FileSystemParityTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> CorpusFolders() => ShellParityTests.CorpusFolders();

        [Theory]
        [MemberData(nameof(CorpusFolders))]
        public void A_corpus_folder_checks_the_same_on_disk_and_in_memory(string name)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "corpus", name);
            var count = AssertSame(folder, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(p => (Path.GetRelativePath(folder, p), File.ReadAllText(p))));
            _output.WriteLine($"{name}: {count} diagnostics, the same on disk and in memory");
        }

        [Fact]
        public void Seeded_random_workspaces_with_nested_configuration_check_the_same_on_disk_and_in_memory()
        {
            Check.One(Inputs.Replayable(40, _output), Prop.ForAll(RandomWorkspaces.Generate().ToArbitrary(), files =>
            {
                using var workspace = Folder.With(files);
                AssertSame(workspace.Path, files);
            }));
        }

        [Fact]
        public void Discovery_skips_build_output_dot_folders_ignored_and_excluded_files_alike_on_disk_and_in_memory()
        {
            var plan = "persona p {\n  description \"A learner who is here only to be found\"\n}\n";
            var files = new (string Path, string Text)[]
            {
                ("a.mcred", plan.Replace("persona p", "persona a")),
                ("Plan.MCRED", plan),
                ("bin/copy.mcred", plan),
                ("obj/copy.mcred", plan),
                (".git/hooks.mcred", plan),
                ("drafts/wip.mcred", plan),
                ("nested/deeper/b.mcred", plan.Replace("persona p", "persona b")),
                ("nested/skip-me.mcred", plan),
                ("nested/.mcredignore", "# drafts of the nested team\nskip-me.mcred\n"),
                (".mcredignore", "drafts/\n"),
            };
            using var workspace = Folder.With(files);
            var memory = InMemory(files);

            var onDisk = WorkspaceDiscovery.FindPlans(DiskFileSystem.Instance, new[] { "." }, workspace.Path, new[] { "nested/deeper/**" });
            var inMemory = WorkspaceDiscovery.FindPlans(memory, new[] { "." }, MemoryRoot, new[] { "nested/deeper/**" });

            Assert.Equal(new[] { "a.mcred" }, onDisk.Select(p => Path.GetRelativePath(workspace.Path, p)));
            Assert.Equal(new[] { "a.mcred" }, inMemory.Select(p => Path.GetRelativePath(MemoryRoot, p)));
            Assert.Equal(
                new[] { "a.mcred", "nested/deeper/b.mcred" },
                WorkspaceDiscovery.FindPlans(memory, new[] { "." }, MemoryRoot).Select(p => Path.GetRelativePath(MemoryRoot, p)));
        }

        [Fact]
        public void A_path_that_names_nothing_is_the_same_one_line_error_in_memory_as_on_disk()
        {
            var memory = InMemory(new[] { ("a.mcred", "persona a {\n}\n") });
            var error = Assert.Throws<McredInputException>(() => WorkspaceDiscovery.FindPlans(memory, new[] { "plans" }, MemoryRoot));
            Assert.Contains("path not found", error.Message);
            var empty = Assert.Throws<McredInputException>(() => WorkspaceDiscovery.FindPlans(InMemory(new[] { ("notes/readme.txt", "x") }), new[] { "notes" }, MemoryRoot));
            Assert.Contains("notes", empty.Message);
        }

        [Fact]
        public void An_unreadable_folder_is_skipped_with_its_reason_and_the_rest_is_found_when_the_caller_goes_on()
        {
            // Root reads every folder, so the disk cannot show this in CI: a file system that refuses one folder can.
            var memory = InMemory(new[] { ("a.mcred", "persona a {\n}\n"), ("locked/b.mcred", "persona b {\n}\n"), ("open/c.mcred", "persona c {\n}\n") });
            var refusing = new RefusingFileSystem(memory, MemoryRoot + "/locked");
            var skipped = new List<string>();
            var found = Mcred.Workspace.WorkspaceFiles.Find(refusing, new[] { MemoryRoot }, MemoryRoot, null, e => skipped.Add(e.Message));
            Assert.Equal(new[] { "a.mcred", "open/c.mcred" }, found.Select(p => Path.GetRelativePath(MemoryRoot, p)));
            Assert.Contains("cannot read the folder", Assert.Single(skipped));

            // mcred check stops instead: a CI run must not pass with a folder it could not read.
            Assert.Throws<McredInputException>(() => Mcred.Workspace.WorkspaceFiles.Find(refusing, new[] { MemoryRoot }, MemoryRoot, null));
        }

        /// <summary>Memory, with one folder that cannot be read (permission denied).</summary>
        private sealed class RefusingFileSystem : Mcred.Files.IPlanFileSystem
        {
            private readonly MemoryFileSystem inner;
            private readonly string refused;

            public RefusingFileSystem(MemoryFileSystem inner, string refused)
            {
                this.inner = inner;
                this.refused = refused;
            }

            public bool FileExists(string fullPath) => inner.FileExists(fullPath);

            public bool FolderExists(string fullPath) => inner.FolderExists(fullPath);

            public IReadOnlyList<string> Entries(string folder) => folder == refused ? throw new UnauthorizedAccessException("Permission denied") : inner.Entries(folder);

            public Mcred.Files.FileFacts? Facts(string fullPath) => inner.Facts(fullPath);

            public string FolderIdentity(string folder) => inner.FolderIdentity(folder);

            public string Read(string fullPath, out bool hasBom) => inner.Read(fullPath, out hasBom);

            public string? ReadIfPresent(string fullPath) => inner.ReadIfPresent(fullPath);
        }

        private static MemoryFileSystem InMemory(IEnumerable<(string Path, string Text)> files)
        {
            var memory = new MemoryFileSystem();
            foreach (var (relative, text) in files)
            {
                memory.Write(MemoryRoot + "/" + relative.Replace('\\', '/'), text);
            }

            return memory;
        }

        /// <summary>Checks both ways and fails with both lists where they differ; returns how many diagnostics there were.</summary>
        private static int AssertSame(string folder, IEnumerable<(string Path, string Text)> files)
        {
            var disk = WorkspaceDiscovery.Check(DiskFileSystem.Instance, new[] { folder }, folder, null, Today);
            var memory = WorkspaceDiscovery.Check(InMemory(files), new[] { MemoryRoot }, MemoryRoot, null, Today);
            var onDisk = Lines(disk, folder);
            var inMemory = Lines(memory, MemoryRoot);
            Assert.Equal(disk.Files.Select(f => Path.GetRelativePath(folder, f.Path)), memory.Files.Select(f => Path.GetRelativePath(MemoryRoot, f.Path)));
            Assert.Equal(string.Join("\n", onDisk), string.Join("\n", inMemory));
            return onDisk.Count;
        }

        private static List<string> Lines(CheckResult result, string root) =>
            result.Diagnostics
                .Select(d => $"{Path.GetRelativePath(root, d.Location.Path)}:{d.Location.LineSpan} {d.Severity} {d.Id} {d.Message.Replace(root, "<root>")} [{string.Join("; ", d.RelatedLocations.Select(r => Path.GetRelativePath(root, r.Path) + ":" + r.LineSpan))}]")
                .OrderBy(x => x, StringComparer.Ordinal)
                .ToList();
    }
}
