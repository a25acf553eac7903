using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Mcred.Configuration;
using Mcred.Rules;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Tests.Rules
{
    /// <summary>
    /// Messages are a format and arguments (what the analyzer's descriptors carry, so IDEs and SARIF viewers can group
    /// findings by rule message): filling the format gives exactly the message every shell prints.
    /// </summary>
    public class MessageFormatTests
    {
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

        /// <summary>Diagnostics whose whole text varies by case keep "{0}": syntax errors, values, properties, configuration, and rules with two message shapes.</summary>
        private static readonly string[] WholeMessages = { "MCR0001", "MCR0005", "MCR0006", "MCR0007", "MCR1003", "MCR1007", "MCR1018", "MCR1020" };

        [Fact]
        public void Every_fixture_diagnostic_is_its_format_filled_with_its_arguments()
        {
            var checkedCount = 0;
            foreach (var path in Directory.GetFiles(Folder, "*.mcred"))
            {
                var result = McredChecker.Check(new[] { new McredSource(path, File.ReadAllText(path)) }, McredConfiguration.Defaults(new DateTime(2026, 11, 28)));
                foreach (var diagnostic in result.Diagnostics)
                {
                    Assert.Equal(diagnostic.Message, string.Format(CultureInfo.InvariantCulture, diagnostic.Info.MessageFormat, diagnostic.MessageArguments.ToArray<object>()));
                    if (!WholeMessages.Contains(diagnostic.Id))
                    {
                        Assert.True(diagnostic.MessageArguments.Count < 2 || diagnostic.Info.MessageFormat != "{0}", diagnostic.Id);
                        checkedCount++;
                    }
                }
            }

            Assert.True(checkedCount > 20);
        }

        [Fact]
        public void Only_diagnostics_whose_text_varies_wholly_keep_a_bare_placeholder()
        {
            var bare = RuleRegistry.Default.All.Where(i => i.MessageFormat == "{0}").Select(i => i.Id).OrderBy(id => id, StringComparer.Ordinal);
            Assert.Equal(WholeMessages, bare);
        }
    }
}
