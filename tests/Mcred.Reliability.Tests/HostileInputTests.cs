using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Reliability.Tests
{
    /// <summary>
    /// Baselines, file lists and taxonomies that are malformed, special files or endless: each is one line naming the
    /// file (exit 2), never a stack trace, a hang or all of memory.
    /// </summary>
    public class HostileInputTests
    {
        private const string Plan = "persona p {\n  description \"A learner who is here only to be checked\"\n}\n";
        private const string EscoHeader = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,description";

        [Theory]
        [InlineData("{\"version\": 1.5, \"findings\": []}", "version 1.5")]
        [InlineData("{\"version\": 1, \"findings\": [{\"path\": \"a.mcred\", \"rule\": \"MCR1016\", \"declaration\": \"x\", \"count\": 2147483647}, {\"path\": \"a.mcred\", \"rule\": \"MCR1016\", \"declaration\": \"x\", \"count\": 1}]}", "larger than")]
        public void A_malformed_baseline_is_one_line(string json, string expected)
        {
            using var run = new CliRun().Write("a.mcred", Plan).Write("base.json", json);
            AssertOneLine(run, expected, "check", ".", "--baseline", "base.json");
        }

        [Fact]
        public void A_baseline_string_that_is_not_UTF_8_is_one_line()
        {
            var bytes = Encoding.ASCII.GetBytes("{\"version\": 1, \"findings\": [{\"path\": \"a\xff.mcred\", \"rule\": \"MCR1016\", \"declaration\": \"x\", \"count\": 1}]}")
                .Select(b => b == (byte)'?' ? (byte)0xFF : b).ToArray();
            using var run = new CliRun().Write("a.mcred", Plan).WriteBytes("base.json", bytes);
            AssertOneLine(run, "base.json", "check", ".", "--baseline", "base.json");
        }

        [Fact]
        public void A_file_list_with_a_NUL_byte_is_one_line_naming_the_line()
        {
            using var run = new CliRun().Write("a.mcred", Plan).Write("list.txt", "a.mcred\nb\0c.mcred\n");
            AssertOneLine(run, "list.txt:2", "check", ".", "--files-from", "list.txt");
        }

        [Fact]
        public void An_endless_file_list_on_standard_input_stops_at_the_limit()
        {
            using var run = new CliRun().Write("a.mcred", Plan);
            run.Stdin = string.Concat(Enumerable.Repeat("y\n", 33 * 1024 * 1024));
            AssertOneLine(run, "more than 64 MB", "check", ".", "--files-from", "-");
        }

        [Theory]
        [InlineData("--baseline")]
        [InlineData("--files-from")]
        [InlineData("import-ctdl")]
        public void A_link_to_dev_zero_is_refused_as_a_device(string where)
        {
            using var run = new CliRun().Write("a.mcred", Plan);
            File.CreateSymbolicLink(Path.Combine(run.Folder, "zero"), "/dev/zero");
            var args = where == "import-ctdl" ? new[] { "import", "ctdl", "zero", "-o", "out" } : new[] { "check", ".", where, "zero" };
            AssertOneLine(run, "character device", args);
        }

        [Theory]
        [InlineData("--baseline")]
        [InlineData("import-ctdl")]
        [InlineData("import-esco")]
        public void A_named_pipe_is_refused_and_nothing_waits_on_it(string where)
        {
            using var run = new CliRun().Write("a.mcred", Plan);
            Directory.CreateDirectory(Path.Combine(run.Folder, "esco"));
            var pipe = where == "import-esco" ? Path.Combine("esco", "skills_en.csv") : "pipe";
            UnixTool.Run("mkfifo", Path.Combine(run.Folder, pipe));
            var args = where switch
            {
                "import-ctdl" => new[] { "import", "ctdl", pipe, "-o", "out" },
                "import-esco" => new[] { "import", "esco", "esco", "-o", "out" },
                _ => new[] { "check", ".", where, pipe },
            };
            AssertOneLine(run, "named pipe", args);
        }

        [Fact]
        public void An_esco_csv_that_names_a_column_twice_is_one_line()
        {
            using var run = new CliRun().Write("esco/skills_en.csv", EscoHeader + ",preferredLabel\nKnowledgeSkillCompetence,http://x,skill/competence,sector-specific,SQL,released,Query data.,SQL\n");
            AssertOneLine(run, "skills_en.csv: the header is not readable as CSV", "import", "esco", "esco", "-o", "out");
        }

        [Fact]
        public void An_esco_csv_line_over_the_limit_is_one_line()
        {
            using var run = new CliRun().Write("esco/skills_en.csv", EscoHeader + "\nKnowledgeSkillCompetence,http://x,skill/competence,sector-specific,SQL,released," + new string('d', 17 * 1024 * 1024) + "\n");
            AssertOneLine(run, "skills_en.csv: record 1 is not readable as CSV", "import", "esco", "esco", "-o", "out");
        }

        [Theory]
        [InlineData("lzma", "skills_en.csv")]
        [InlineData("encrypted", "encrypted")]
        [InlineData("corrupt", "skills_en.csv")]
        [InlineData("crc", "skills_en.csv")]
        public void A_zip_entry_that_cannot_be_read_is_one_line_naming_it(string damage, string expected)
        {
            using var run = new CliRun();
            var zip = Path.Combine(run.Folder, "esco.zip");
            var rows = string.Concat(Enumerable.Range(0, 2000).Select(i => $"KnowledgeSkillCompetence,http://x/{i},skill/competence,sector-specific,Skill {i},released,Does thing {i} well.\n"));
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                using var writer = new StreamWriter(archive.CreateEntry("skills_en.csv", CompressionLevel.Optimal).Open());
                writer.Write(EscoHeader + "\n" + rows);
            }

            Damage(zip, damage);
            AssertOneLine(run, expected, "import", "esco", "esco.zip", "-o", "out");
        }

        [Fact]
        public void Records_with_an_empty_label_or_uri_are_skipped_and_counted_so_the_library_checks_clean()
        {
            using var run = new CliRun().Write("esco/skills_en.csv", EscoHeader
                + "\nKnowledgeSkillCompetence,http://x/1,skill/competence,sector-specific,SQL,released,Query data in tables every day."
                + "\nKnowledgeSkillCompetence,http://x/2,skill/competence,sector-specific,,released,No label."
                + "\nKnowledgeSkillCompetence,,skill/competence,sector-specific,No address,released,No URI.\n");
            Assert.Equal(0, run.Run("import", "esco", "esco", "-o", "out"));
            Assert.Contains("skipped 2 records with an empty label or URI", run.Stdout);
            Assert.Equal(0, run.Run("check", "out", "--fail-on", "warning"));
        }

        [Fact]
        public void Labels_that_fold_to_the_same_id_are_numbered_in_order()
        {
            var rows = string.Concat(Enumerable.Range(0, 3000).Select(i => $"KnowledgeSkillCompetence,http://x/{i},skill/competence,sector-specific,навык,released,Делать что-то хорошо.\n"));
            using var run = new CliRun().Write("esco/skills_en.csv", EscoHeader + "\n" + rows);
            Assert.Equal(0, run.Run("import", "esco", "esco", "-o", "out"));
            var text = string.Concat(Directory.GetFiles(Path.Combine(run.Folder, "out"), "*.mcred").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText));
            Assert.Contains("skill skill-5 ", text);
            Assert.Contains("skill skill-3000 ", text);
            Assert.DoesNotContain("skill skill-3001 ", text);
        }

        [Theory]
        [InlineData("https://example.org/a b/")]
        [InlineData("https://example.org/\nforged")]
        [InlineData("https://example.org/%ZZ/")]
        [InlineData("javascript:alert(1)")]
        public void A_base_url_that_is_not_a_clean_http_url_is_a_usage_error(string baseUrl)
        {
            using var run = SafePlan();
            AssertOneLine(run, "--base-url", "export", "ob3", "plan", "--output", "badges", "--base-url", baseUrl);
            Assert.False(Directory.Exists(Path.Combine(run.Folder, "badges")));
        }

        [Fact]
        public void A_javascript_alignment_never_leaves_the_repository()
        {
            using var run = SafePlan();
            File.AppendAllText(Path.Combine(run.Folder, "plan", "skills.mcred"), "\nskill trick \"Trick\" {\n  category analytics-tools\n  why \"It looks like a link but runs code in a browser\"\n  aligns esco \"javascript:alert(1)\"\n}\n");
            Assert.Equal(1, run.Run("export", "ctdl", "plan", "--output", "graph.json"));
            Assert.Contains("MCR0005", run.Stdout);
            Assert.False(File.Exists(Path.Combine(run.Folder, "graph.json")));
        }

        [Fact]
        public void Bidirectional_controls_are_shown_escaped_in_the_report_and_on_the_terminal()
        {
            using var run = SafePlan();
            File.AppendAllText(Path.Combine(run.Folder, "plan", "skills.mcred"), "\npersona evil \"Admin\u202Etxt.exe\" {\n  description \"A learner whose name shows itself in another order\"\n}\n");
            Assert.Equal(0, run.Run("report", "plan", "--output", "report.html"));
            var page = run.Read("report.html");
            Assert.True(page.IndexOf('\u202E') < 0, "a raw U+202E reached the report");
            Assert.Contains("Admin\\u202etxt.exe", page, StringComparison.Ordinal);
            // The terminal formats escape with the same function.
            Assert.Equal("Admin\\u202etxt.exe\\u2066", Mcred.Tooling.SafeText.Escape("Admin\u202Etxt.exe\u2066"));
        }

        /// <summary>The analytics example in plan/, which exports cleanly.</summary>
        private static CliRun SafePlan()
        {
            var run = new CliRun();
            Directory.CreateDirectory(Path.Combine(run.Folder, "plan"));
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus", "examples", "analytics"), "*.mcred"))
            {
                File.Copy(file, Path.Combine(run.Folder, "plan", Path.GetFileName(file)));
            }

            return run;
        }

        /// <summary>Patches the only entry's local and central headers: another compression method, the encrypted flag, or broken data.</summary>
        private static void Damage(string zip, string damage)
        {
            var bytes = File.ReadAllBytes(zip);
            var local = 0;
            var central = IndexOf(bytes, new byte[] { 0x50, 0x4B, 0x01, 0x02 });
            switch (damage)
            {
                case "lzma":
                    bytes[local + 8] = 14;
                    bytes[central + 10] = 14;
                    break;
                case "encrypted":
                    bytes[local + 6] |= 1;
                    bytes[central + 8] |= 1;
                    break;
                case "crc":
                    bytes[local + 14] ^= 0x5A;
                    bytes[central + 16] ^= 0x5A;
                    break;
                default:
                    var nameLength = BitConverter.ToUInt16(bytes, local + 26);
                    var extraLength = BitConverter.ToUInt16(bytes, local + 28);
                    var data = local + 30 + nameLength + extraLength;
                    for (var i = data + 2; i < data + 40; i++)
                    {
                        bytes[i] = 0xFF;
                    }

                    break;
            }

            File.WriteAllBytes(zip, bytes);
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (var i = 0; i <= haystack.Length - needle.Length; i++)
            {
                if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                {
                    return i;
                }
            }

            throw new InvalidOperationException("not found");
        }

        private static void AssertOneLine(CliRun run, string expected, params string[] args)
        {
            Assert.Equal(2, run.Run(args));
            var stderr = run.Stderr.Trim();
            Assert.Contains(expected, stderr);
            Assert.DoesNotContain("   at ", stderr);
            Assert.Single(stderr.Split('\n'));
        }
    }
}
