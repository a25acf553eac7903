using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Workspace;
using Xunit;

namespace Mcred.Tests.Rules
{
    /// <summary>Every diagnostic has a docs page, and the page's bad example really reports it while the good one does not.</summary>
    public class RuleDocsTests
    {
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "docs", "rules");

        public static IEnumerable<object[]> Ids() => RuleRegistry.Default.All.Select(info => new object[] { info.Id });

        [Theory]
        [MemberData(nameof(Ids))]
        public void Page_exists_with_every_section_and_is_the_help_link(string id)
        {
            var page = File.ReadAllText(Path.Combine(Folder, id + ".md"));
            var info = RuleRegistry.Default.Find(id)!;
            Assert.StartsWith($"# {id}: {info.Name}", page);
            foreach (var heading in new[] { "## Why", "## Bad", "## Good", "## Options", "## Configure the severity" })
            {
                Assert.Contains(heading, page);
            }

            Assert.Equal(DocsBaseFromBuild() + id + ".md", info.HelpUri);
        }

        /// <summary>The McredDocsBase property of Directory.Build.props: the one place help links are set.</summary>
        private static string DocsBaseFromBuild()
        {
            for (var dir = AppContext.BaseDirectory; dir != null; dir = Path.GetDirectoryName(dir))
            {
                var props = Path.Combine(dir, "Directory.Build.props");
                if (File.Exists(props))
                {
                    return System.Xml.Linq.XDocument.Load(props).Descendants("McredDocsBase").Single().Value;
                }
            }

            throw new InvalidOperationException("Directory.Build.props not found");
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void Bad_example_reports_the_diagnostic_and_good_example_does_not(string id)
        {
            var page = File.ReadAllText(Path.Combine(Folder, id + ".md"));
            var examples = Regex.Matches(page, "```mcred\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            if (id == "MCR0007")
            {
                Assert.Contains("```ini", page);
                return;
            }

            var bad = IdsReported(examples[0], id);
            var good = IdsReported(examples[1], id);
            Assert.Contains(id, bad);
            Assert.DoesNotContain(id, good);
            Assert.DoesNotContain(good, g => g.StartsWith("MCR00"));
        }

        /// <summary>The IDs reported for an example; a rule that is off by default is turned on, as its page says to.</summary>
        private static List<string> IdsReported(string text, string id)
        {
            var offByDefault = RuleRegistry.Default.Find(id)!.DefaultSeverity == McredSeverity.None;
            var configuration = offByDefault
                ? new McredConfiguration(_ => EmptyOptionSource.Instance, new DateTime(2026, 11, 28), key => key == id ? new SeverityOverride(McredSeverity.Warning) : SeverityOverride.NotSet)
                : McredConfiguration.Defaults(new DateTime(2026, 11, 28));
            return McredChecker.Check(new[] { new McredSource("/docs/example.mcred", text) }, configuration)
                .Diagnostics.Where(d => d.Severity > McredSeverity.Silent).Select(d => d.Id).ToList();
        }
    }
}
