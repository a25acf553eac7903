using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Model;
using Mcred.Binding;
using Mcred.Formatting;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;
using Mcred.TestSupport;
using Xunit;

namespace Mcred.Cli.Tests
{
    public class FmtCommandTests
    {
        public static IEnumerable<object[]> EveryExampleAndFixture() =>
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.mcred", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), "*.mcred"))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new object[] { Path.GetRelativePath(AppContext.BaseDirectory, p) });

        [Theory]
        [MemberData(nameof(EveryExampleAndFixture))]
        public void Fmt_is_idempotent_keeps_the_model_and_every_comment(string relative)
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relative));
            var before = Parser.Parse("f.mcred", SourceText.From(text));
            var once = Formatter.Format(before);
            if (before.Errors.Count > 0)
            {
                Assert.Null(once);
                return;
            }

            var after = Parser.Parse("f.mcred", SourceText.From(once!));
            Assert.Empty(after.Errors);
            Assert.Equal(Fingerprint(before), Fingerprint(after));
            Assert.Equal(before.Comments.Select(c => c.Text.TrimEnd()).OrderBy(c => c, StringComparer.Ordinal), after.Comments.Select(c => c.Text.TrimEnd()).OrderBy(c => c, StringComparer.Ordinal));
            Assert.Equal(once, Formatter.Format(after));
        }

        [Fact]
        public void Fmt_keeps_the_file_header_apart_from_the_first_declarations_comment()
        {
            const string Formatted = "# Plan header\n# second line\n\n# Another header block\n\n# The first skill\nskill a {\n  why \"Explaining results clearly is half the job.\"\n}\n";
            using var run = new CliRun().Write("a.mcred", Formatted);
            Assert.Equal(0, run.Run("fmt", "--check"));
            Assert.Equal(Formatted, run.Read("a.mcred"));
        }

        [Fact]
        public void Fmt_keeps_the_order_of_comments_around_the_opening_brace()
        {
            using var run = new CliRun().Write("a.mcred", "skill a \"A\" # c1\n# c2\n{ # c3\n  why \"Explaining results clearly is half the job.\"\n}\n");
            Assert.Equal(0, run.Run("fmt"));
            Assert.Equal("skill a \"A\" { # c1\n  # c2\n  # c3\n  why \"Explaining results clearly is half the job.\"\n}\n", run.Read("a.mcred"));
        }

        [Fact]
        public void Fmt_writes_the_canonical_layout_and_keeps_comments_in_place()
        {
            using var run = new CliRun().Write("a.mcred", "# top\n\nskill sql \"SQL\"   # header\n{\n    # about tools\n    tool \"A\",\"B\",\n    why   \"x\"   # trailing\n  category data\n    # before close\n} # after\n# between\ncategory data {  type technical  }\n");
            Assert.Equal(0, run.Run("fmt"));
            Assert.Equal(
                "# top\n\nskill sql \"SQL\" { # header\n  category data\n  why \"x\" # trailing\n  # about tools\n  tool \"A\", \"B\"\n  # before close\n} # after\n\n# between\ncategory data {\n  type technical\n}\n",
                run.Read("a.mcred"));
            Assert.Contains("a.mcred: formatted", run.Stdout);
        }

        [Fact]
        public void Fmt_keeps_crlf_and_the_bom()
        {
            var bom = new byte[] { 0xEF, 0xBB, 0xBF };
            using var run = new CliRun().WriteBytes("a.mcred", bom.Concat(Encoding.UTF8.GetBytes("skill a {\r\n    why \"x\"\r\n}\r\n")).ToArray());
            Assert.Equal(0, run.Run("fmt"));
            var bytes = File.ReadAllBytes(Path.Combine(run.Folder, "a.mcred"));
            Assert.Equal(bom, bytes.Take(3));
            Assert.Equal("skill a {\r\n  why \"x\"\r\n}\r\n", Encoding.UTF8.GetString(bytes.Skip(3).ToArray()));
        }

        [Fact]
        public void Fmt_never_writes_a_file_with_a_syntax_error()
        {
            const string broken = "skill a {\n    why \"x\" @\n}\n";
            using var run = new CliRun().Write("a.mcred", broken).Write("b.mcred", "skill b {\n    why \"y\"\n}\n");
            Assert.Equal(1, run.Run("fmt"));
            Assert.Equal(broken, run.Read("a.mcred"));
            Assert.Contains("a.mcred(2,13): error MCR0001", run.Stdout);
            Assert.Equal("skill b {\n  why \"y\"\n}\n", run.Read("b.mcred"));
        }

        [Fact]
        public void Fmt_check_writes_nothing_and_lists_what_would_change()
        {
            const string messy = "skill a {\n    why \"x\"\n}\n";
            using var run = new CliRun().Write("a.mcred", messy).Write("b.mcred", "skill b {\n  why \"y\"\n}\n");
            Assert.Equal(1, run.Run("fmt", "--check"));
            Assert.Equal(messy, run.Read("a.mcred"));
            Assert.Contains("a.mcred: would be reformatted", run.Stdout);
            Assert.DoesNotContain("b.mcred", run.Stdout);
            Assert.Equal(0, run.Run("fmt"));
            Assert.Equal(0, run.Run("fmt", "--check"));
        }

        /// <summary>The model as fmt must keep it: declarations in order, and per kind the properties in canonical order with their values.</summary>
        private static string Fingerprint(SyntaxFile file) => string.Join("\n", file.Declarations.Select(d =>
            $"{d.Kind} {d.Id} [{d.DisplayName?.StringValue}] " + string.Join("; ", d.Properties
                .OrderBy(p => PropertySchema.OrderOf(d.Kind, p.Name))
                .Select(p => p.Name + "=" + string.Join(",", p.Values.Select(v => $"{v.Kind}:{v.Tag}:{v.StringValue ?? v.Text}"))))));
    }
}
