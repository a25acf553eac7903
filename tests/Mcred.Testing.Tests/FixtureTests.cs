using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mcred.Testing.Tests
{
    public class FixtureTests
    {
        // What a team writes: one case per fixture.
        [Theory]
        [McredFixtures("fixtures")]
        public void Fixture(McredFixture fixture) => McredAssert.MatchesExpectations(fixture);

        [Fact]
        public void Discovery_finds_every_fixture_recursively_in_path_order()
        {
            var cases = McredFixturesAttribute.Discover("fixtures", AppContext.BaseDirectory).Select(c => (McredFixture)c[0]).ToList();
            Assert.Equal(new[] { "clean.mcred", "isolated.mcred", "nested/untyped.mcred" }, cases.Select(c => c.RelativePath));
            Assert.All(cases, c => Assert.True(Path.IsPathRooted(c.Path) && File.Exists(c.Path)));
            Assert.Equal("nested/untyped.mcred", cases[2].ToString());
        }

        [Fact]
        public void Fixtures_are_found_beside_the_test_source_not_in_the_build_output()
        {
            var attribute = new McredFixturesAttribute("fixtures");
            var root = McredFixturesAttribute.SourceFolder("fixtures", attribute.SourceFile);
            Assert.Equal(Path.GetDirectoryName(attribute.SourceFile), root);
            var fixture = (McredFixture)attribute.GetData(typeof(FixtureTests).GetMethod(nameof(Fixture))!).First()[0];
            Assert.StartsWith(Path.Combine(root!, "fixtures"), fixture.Path);
            Assert.DoesNotContain(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, fixture.Path);
        }

        [Fact]
        public void Discovery_accepts_an_absolute_folder_and_explains_a_missing_one()
        {
            using var folder = new TempFolder();
            folder.Write("x.mcred", "category a { type soft }\n");
            Assert.Single(McredFixturesAttribute.Discover(folder.Path, "/elsewhere"));
            var error = Assert.Throws<ArgumentException>(() => McredFixturesAttribute.Discover("no-such-folder", AppContext.BaseDirectory).ToList());
            Assert.Contains("no-such-folder", error.Message);
        }

        [Fact]
        public void A_fixture_survives_xunit_serialization()
        {
            var original = new McredFixture("/abs/fixtures/a.mcred", "a.mcred");
            var info = new SerializationInfo();
            original.Serialize(info);
            var copy = new McredFixture();
            copy.Deserialize(info);
            Assert.Equal(original.Path, copy.Path);
            Assert.Equal(original.RelativePath, copy.RelativePath);
        }

        [Fact]
        public void A_wrong_fixture_fails_naming_it_and_each_missing_and_unexpected_diagnostic()
        {
            using var folder = new TempFolder();
            var path = folder.Write("wrong.mcred", "skill lonely { # expect: MCR1001, MCR1005\n  why \"No category has been chosen yet.\"\n}\n");
            var error = Assert.Throws<XunitException>(() => McredAssert.MatchesExpectations(new McredFixture(path, "wrong.mcred")));
            Assert.StartsWith(path + ": the diagnostics differ from its '# expect:' comments (1 missing, 1 unexpected)", error.Message);
            Assert.Contains($"missing    {path}(1): MCR1005", error.Message);
            Assert.Contains($"unexpected {path}(1,7): suggestion MCR1016: skill 'lonely' is not used by any credential or pathway", error.Message);
        }

        [Fact]
        public void Custom_rules_run_in_fixtures()
        {
            using var folder = new TempFolder();
            var path = folder.Write("org.mcred",
                "persona career-switcher { description \"Retail manager moving into an analyst role\" }\n" +
                "category people { type soft }\ncategory data { type technical }\n" +
                "skill talk {\n  category people\n  why \"Explaining results is half the job.\"\n}\nskill sql {\n  category data\n  why \"The data analysts need lives in tables.\"\n}\n" +
                "issuer acme { value \"Projects\" }\nrecognizer guild {\n  kind association\n  outcome \"Membership\"\n  endorses c\n}\n" +
                "credential c { # expect: ORG001\n  issuer acme\n  for career-switcher\n  skills talk, sql\n}\n");
            McredAssert.MatchesExpectations(new McredFixture(path, "org.mcred"), new EmployerRecognitionRule());
            Assert.Throws<XunitException>(() => McredAssert.MatchesExpectations(new McredFixture(path, "org.mcred")));
        }

        private sealed class SerializationInfo : IXunitSerializationInfo
        {
            private readonly Dictionary<string, object?> _values = new Dictionary<string, object?>();

            public void AddValue(string key, object? value, Type? type = null) => _values[key] = value;

            public object? GetValue(string key, Type type) => _values[key];

            public T GetValue<T>(string key) => (T)_values[key]!;
        }
    }
}
