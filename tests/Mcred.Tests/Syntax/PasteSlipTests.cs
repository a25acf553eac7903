using System.Linq;
using Mcred.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Mcred.Tests.Syntax
{
    /// <summary>
    /// Copy-paste slips: MCR0001 names the slip in the user's terms, and its safe fix (what <c>check --fix</c> and the
    /// editor's quick fix apply) gives the text its evident meaning, after which the slip is gone.
    /// </summary>
    public class PasteSlipTests
    {
        private const string Skill = "skill s1 \"S\" {\n  category c\n  why VALUE\n}\ncategory c { type soft }\n";

        [Theory]
        [InlineData("“Clear writing turns expertise into decisions.”", "curly quotes do not make a string: write straight quotes, \"...\"", "\"Clear writing turns expertise into decisions.\"")]
        [InlineData("„Clear writing turns expertise into decisions.“", "curly quotes do not make a string", "\"Clear writing turns expertise into decisions.\"")]
        [InlineData("‘Clear writing turns expertise into decisions.’", "write straight double quotes", "\"Clear writing turns expertise into decisions.\"")]
        [InlineData("'Clear writing turns \"expertise\" into decisions.'", "strings use double quotes: write \"...\"", "\"Clear writing turns \\\"expertise\\\" into decisions.\"")]
        [InlineData("“It's what turns expertise into decisions.”", "curly quotes", "\"It's what turns expertise into decisions.\"")]
        public void A_string_in_the_wrong_quotes_is_named_and_fixed(string value, string hint, string fixedValue)
        {
            var text = Skill.Replace("VALUE", value);
            var error = SyntaxErrorOf(text);
            Assert.Contains(hint, error.Message, System.StringComparison.Ordinal);
            var after = ApplyFix(text, error);
            Assert.Equal(Skill.Replace("VALUE", fixedValue), after);
        }

        [Theory]
        [InlineData("recognizer r {\n  kind: employer\n}\n", "separated by a space, not ':': write 'kind employer'", "recognizer r {\n  kind employer\n}\n")]
        [InlineData("recognizer r {\n  kind = employer\n}\n", "not '=': write 'kind employer'", "recognizer r {\n  kind employer\n}\n")]
        [InlineData("credential c {\n  skills a,\n  b\n}\n", "a list stays on one line: write 'skills a, b'", "credential c {\n  skills a, b\n}\n")]
        [InlineData("credential c {\n  skills a\n    , b\n}\n", "write 'skills a, b'", "credential c {\n  skills a, b\n}\n")]
        [InlineData("credential c {\n  skills a,\n  b,\n  c\n}\n", "write 'skills a, b, c'", "credential c {\n  skills a, b, c\n}\n")]
        [InlineData("credential c {\n  skills\n    a,\n    b\n}\n", "write 'skills a, b'", "credential c {\n  skills a, b\n}\n")]
        [InlineData("credential c {\n  skills a,\n\n  b,\n}\n", "write 'skills a, b'", "credential c {\n  skills a, b\n}\n")]
        [InlineData("credential c {\n  skills [a, b]\n}\n", "a list is written without brackets: write 'skills a, b'", "credential c {\n  skills a, b\n}\n")]
        [InlineData("\tcategory c {\n\t\ttype soft\n\t}\n", "a declaration starts in column 1: remove the indentation before 'category'", "category c {\n\ttype soft\n}\n")]
        [InlineData("category c {\n\u00A0\u00A0type soft\n}\n", "found character U+00A0: a non-breaking space, as pasted from a document: use plain spaces", "category c {\n  type soft\n}\n")]
        [InlineData("category c { type soft }\n\uFEFFcategory d { type soft }\n", "found character U+FEFF: a byte order mark (U+FEFF), left by joining or pasting files: delete it", "category c { type soft }\ncategory d { type soft }\n")]
        [InlineData("category c {\n  type\u200B soft\n}\n", "invisible zero-width character", "category c {\n  type soft\n}\n")]
        public void A_pasted_shape_is_named_and_fixed(string text, string hint, string fixedText)
        {
            var error = SyntaxErrorOf(text);
            Assert.Contains(hint, error.Message, System.StringComparison.Ordinal);
            Assert.Equal(fixedText, ApplyFix(text, error));
        }

        [Theory]
        [InlineData("credential c {\n  skills a\n         b\n}\n", "if 'b' continues the list on the line above, write it there: 'skills a, b'")]
        [InlineData("recognizer r {\n  kind:\n}\n", "write 'kind VALUE'")]
        public void A_likely_slip_gets_a_hint_but_no_fix_when_the_intent_is_a_guess(string text, string hint)
        {
            var error = SyntaxErrorOf(text);
            Assert.Contains(hint, error.Message, System.StringComparison.Ordinal);
            Assert.Empty(error.Fixes);
        }

        [Fact]
        public void A_list_with_a_comment_inside_is_not_joined_over_the_comment()
        {
            var error = SyntaxErrorOf("credential c {\n  skills a, # the core one\n  b\n}\n");
            Assert.Contains("a list stays on one line", error.Message, System.StringComparison.Ordinal);
            Assert.Empty(error.Fixes);
        }

        [Fact]
        public void A_property_missing_its_value_is_not_taken_for_a_list()
        {
            var error = SyntaxErrorOf("skill a {\n  why\n}\n");
            Assert.Equal("expected a value, found end of line", error.Message);
        }

        private static McredDiagnostic SyntaxErrorOf(string text)
        {
            var errors = Check.Text(text).Diagnostics.Where(d => d.Id == "MCR0001").ToList();
            return Assert.Single(errors);
        }

        /// <summary>Applies the error's fix as --fix does, and checks that the slip is gone.</summary>
        private static string ApplyFix(string text, McredDiagnostic error)
        {
            var fix = Assert.Single(error.Fixes);
            Assert.True(fix.IsSafe);
            var changed = FixApplier.ApplySafe(new[] { error }, _ => SourceText.From(text), out _);
            var after = changed.Values.Single().ToString();
            Assert.DoesNotContain(Check.Text(after).Diagnostics, d => d.Id == "MCR0001");
            return after;
        }
    }
}
