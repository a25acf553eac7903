using System.Linq;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Tests.Syntax
{
    public class StringValueTests
    {
        private static string WhyOf(string body)
        {
            var file = Parser.Parse("p.mcred", SourceText.From("skill a {\n  why " + body + "\n}\n"));
            Assert.Empty(file.Errors);
            return file.Declarations.Single().Properties.Single().Values.Single().StringValue!;
        }

        [Theory]
        [InlineData("\"plain\"", "plain")]
        [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
        [InlineData("\"back\\\\slash\"", "back\\slash")]
        [InlineData("\"two\\nlines\"", "two\nlines")]
        [InlineData("\"tab\\there\"", "tab\there")]
        public void One_line_strings_apply_the_four_escapes(string literal, string expected) =>
            Assert.Equal(expected, WhyOf(literal));

        [Fact]
        public void Block_strings_drop_the_first_line_break_the_closing_indent_and_the_common_indent()
        {
            var value = WhyOf("\"\"\"\n    First line\n      indented more\n\n    last \\\"quoted\\\"\n    \"\"\"");
            Assert.Equal("First line\n  indented more\n\nlast \"quoted\"", value);
        }

        [Fact]
        public void Block_strings_normalize_line_breaks_so_crlf_files_mean_the_same()
        {
            var lf = WhyOf("\"\"\"\n  a\n  b\n  \"\"\"");
            var file = Parser.Parse("p.mcred", SourceText.From("skill a {\r\n  why \"\"\"\r\n  a\r\n  b\r\n  \"\"\"\r\n}\r\n"));
            Assert.Equal(lf, file.Declarations[0].Properties[0].Values[0].StringValue);
        }

        [Fact]
        public void Block_string_on_one_line_keeps_its_text()
        {
            Assert.Equal("inline", WhyOf("\"\"\"inline\"\"\""));
        }
    }
}
