using Mcred.Diagnostics;
using System.IO;
using System.Linq;
using Mcred.Configuration;
using Mcred.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Mcred.Analyzers.Tests
{
    public class DescriptorTests
    {
        [Fact]
        public void Every_registry_entry_has_a_descriptor_with_the_same_severity_and_help_link()
        {
            var supported = new McredAnalyzer().SupportedDiagnostics;
            Assert.Equal(RuleRegistry.Default.All.Select(i => i.Id), supported.Select(d => d.Id));
            foreach (var info in RuleRegistry.Default.All)
            {
                var descriptor = supported.Single(d => d.Id == info.Id);
                Assert.Equal(SeverityMapping.ToRoslyn(info.DefaultSeverity), descriptor.DefaultSeverity);
                Assert.True(descriptor.IsEnabledByDefault, "a disabled descriptor's diagnostics are dropped by the compiler even when mcred configuration turns them on");
                Assert.Equal(info.HelpUri, descriptor.HelpLinkUri);
                Assert.Equal(info.Name, descriptor.Title.ToString());
                Assert.Equal(info.MessageFormat, descriptor.MessageFormat.ToString());
                Assert.Equal(!info.IsConfigurable, descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable));
            }
        }
    }
}
