using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mcred.Fixtures;
using Mcred.Rules;
using Xunit;

namespace Mcred.Tests.Rules
{
    /// <summary>Every diagnostic has a fixture under Fixtures/ whose # expect: comments must match exactly.</summary>
    public class RuleFixtureTests
    {
        private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

        public static IEnumerable<object[]> Fixtures() =>
            Directory.GetFiles(Folder, "*.mcred").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Fixture_produces_exactly_its_expectations(string name)
        {
            var path = Path.Combine(Folder, name);
            var result = FixtureRunner.RunText(path, File.ReadAllText(path), new System.DateTime(2026, 11, 28));
            Assert.True(result.Passed, name + "\n" + result.Describe(name));
        }

        [Fact]
        public void Every_rule_and_compiler_diagnostic_except_config_has_a_fixture()
        {
            var missing = RuleRegistry.Default.All
                .Where(info => info.Id != "MCR0007" && !File.Exists(Path.Combine(Folder, info.Id + ".mcred")))
                .Select(info => info.Id);
            Assert.Empty(missing);
        }

        [Fact]
        public void Each_fixture_expects_its_own_diagnostic()
        {
            foreach (var path in Directory.GetFiles(Folder, "MCR*.mcred"))
            {
                var id = Path.GetFileNameWithoutExtension(path);
                Assert.Contains("expect: " + id, File.ReadAllText(path));
            }
        }
    }
}
