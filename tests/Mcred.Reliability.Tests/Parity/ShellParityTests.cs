using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Mcred.Rules;
using Xunit;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>
    /// One truth everywhere: a corpus of workspaces (every fixture and example folder, and seeded random workspaces with
    /// nested configuration setting every option to valid and invalid values) through <c>mcred check</c>, the Roslyn
    /// analyzer and the language server must give the same diagnostics: path, line, column, end, ID, severity,
    /// message and related locations, and the analyzer and the server the same Unnecessary tags.
    /// </summary>
    public class ShellParityTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public ShellParityTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> CorpusFolders()
        {
            var corpus = Path.Combine(AppContext.BaseDirectory, "corpus");
            yield return new object[] { "fixtures" };
            foreach (var example in Directory.GetDirectories(Path.Combine(corpus, "examples")).OrderBy(p => p, StringComparer.Ordinal))
            {
                yield return new object[] { "examples/" + Path.GetFileName(example) };
            }
        }

        [Theory]
        [MemberData(nameof(CorpusFolders))]
        public async Task Every_shell_reports_the_same_on_a_corpus_folder(string name)
        {
            using var workspace = Folder.CopyOf(Path.Combine(AppContext.BaseDirectory, "corpus", name));
            var count = await AssertShellsAgree(workspace.Path);
            _output.WriteLine($"{name}: {count} diagnostics, the same in every shell");
        }

        [Fact]
        public void Every_shell_reports_the_same_on_seeded_random_workspaces_with_nested_configuration()
        {
            var config = Inputs.Replayable(12, _output);
            Check.One(config, Prop.ForAll(RandomWorkspaces.Generate().ToArbitrary(), files =>
            {
                using var workspace = Folder.With(files);
                Task.Run(() => AssertShellsAgree(workspace.Path)).GetAwaiter().GetResult();
            }));
        }

        /// <summary>Runs the three shells and fails with both lists where any two differ; returns how many diagnostics there were.</summary>
        private static async Task<int> AssertShellsAgree(string folder)
        {
            var cli = Finding.Sorted(Shells.Cli(folder));
            var analyzer = Finding.Sorted(await Shells.Analyzer(folder, Shells.Plans(folder)));
            var server = Finding.Sorted(await Shells.LanguageServer(folder));
            Same("mcred check", cli.Select(f => f with { Unnecessary = false }), "the analyzer", analyzer.Select(f => f with { Unnecessary = false }), folder);
            Same("the analyzer", analyzer, "the language server", server, folder);
            foreach (var finding in analyzer)
            {
                Assert.Equal(RuleRegistry.Default.Find(finding.Id)?.IsUnnecessary ?? false, finding.Unnecessary);
            }

            return cli.Count;
        }

        private static void Same(string oneName, IEnumerable<Finding> one, string otherName, IEnumerable<Finding> other, string folder)
        {
            var a = one.Select(f => f.ToString()).OrderBy(x => x, StringComparer.Ordinal).ToList();
            var b = other.Select(f => f.ToString()).OrderBy(x => x, StringComparer.Ordinal).ToList();
            if (!a.SequenceEqual(b))
            {
                var onlyA = new List<string>(a);
                foreach (var x in b)
                {
                    onlyA.Remove(x);
                }

                var onlyB = new List<string>(b);
                foreach (var x in a)
                {
                    onlyB.Remove(x);
                }

                var files = string.Join("\n", Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(p => $"--- {Path.GetRelativePath(folder, p)}\n{File.ReadAllText(p)}"));
                Assert.Fail($"{oneName} and {otherName} disagree.\nonly in {oneName}:\n  {string.Join("\n  ", onlyA)}\nonly in {otherName}:\n  {string.Join("\n  ", onlyB)}\nworkspace:\n{files}");
            }
        }
    }
}
