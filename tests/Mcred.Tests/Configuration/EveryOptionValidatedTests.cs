using System.Collections.Generic;
using System.Linq;
using Mcred.Diagnostics;
using Mcred.Rules;
using Xunit;

namespace Mcred.Tests.Configuration
{
    /// <summary>
    /// Every option the registry knows, given a bad value in an .editorconfig section or a .globalconfig, is one
    /// MCR0007 error on its line: never a silent default. Enumerates the registry, so a new option is covered at once.
    /// </summary>
    public class EveryOptionValidatedTests
    {
        private const string Plan = "category c { type soft }\n";

        public static IEnumerable<object[]> BadValues()
        {
            foreach (var key in RuleRegistry.Default.OptionKeys.OrderBy(k => k, System.StringComparer.Ordinal))
            {
                var bad = key == McredRuleOptions.TodayKey
                    ? new[] { "0", "2026-13-01", "yesterday", "2026-02-30" }
                    : new[] { "0", "-3", "ten", "1.5", "99999999999" };
                foreach (var value in bad)
                {
                    yield return new object[] { key, value };
                }
            }

            yield return new object[] { McredRuleOptions.MinEssentialCoverageKey, "101" };
            yield return new object[] { "mcred_diagnostic.MCR1003.severity", "loud" };
        }

        [Theory]
        [MemberData(nameof(BadValues))]
        public void A_bad_value_in_an_editorconfig_section_is_an_error_on_its_line(string key, string value)
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".editorconfig", $"root = true\n\n[*.mcred]\n{key} = {value}\n");
            var d = Assert.Single(ws.Check().Diagnostics, x => x.Id == "MCR0007");
            Assert.Equal(McredSeverity.Error, d.Severity);
            Assert.Equal((4, 1), (d.Location.Line, d.Location.Column));
            Assert.Contains($"'{key.ToLowerInvariant()}' in .editorconfig", d.Message);
            Assert.Contains($"'{value}'", d.Message);
        }

        [Theory]
        [MemberData(nameof(BadValues))]
        public void A_bad_value_in_a_globalconfig_is_an_error_on_its_line(string key, string value)
        {
            using var ws = new TempWorkspace().Write("plan.mcred", Plan).Write(".globalconfig", $"is_global = true\n{key} = {value}\n");
            var d = Assert.Single(ws.Check().Diagnostics, x => x.Id == "MCR0007");
            Assert.Equal(McredSeverity.Error, d.Severity);
            Assert.Equal(2, d.Location.Line);
            Assert.Contains($"'{key.ToLowerInvariant()}' in .globalconfig", d.Message);
        }

        [Fact]
        public void Every_option_of_the_registry_has_a_value_shape()
        {
            Assert.All(RuleRegistry.Default.OptionKeys, key => Assert.True(McredRuleOptions.Shapes.ContainsKey(key), key));
        }
    }
}
