using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Mcred.Rules;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>
    /// Random workspaces for the shell-parity property: plans from the property generators (well-formed, seeds,
    /// mutated) in nested folders, a root .editorconfig, a subfolder .editorconfig and a root .globalconfig, each
    /// setting options and severities to valid and invalid values.
    /// </summary>
    internal static class RandomWorkspaces
    {
        private static readonly string[] Folders = { string.Empty, "sub/", "sub/deeper/" };

        public static Gen<(string Path, string Text)[]> Generate() =>
            from plans in Gen.ArrayOf(Gen.OneOf(Inputs.WellFormed(), Gen.Elements(Inputs.Seeds), Inputs.Mutated()), 3)
            from places in Gen.ArrayOf(Gen.Elements(Folders), 3)
            from root in Lines()
            from sub in Lines()
            from global in Lines()
            from severities in Gen.ArrayOf(Severity("dotnet_diagnostic"), 2)
            select plans.Select((text, i) => (places[i] + "plan" + i + ".mcred", Decodable(text)))
                .Append((".editorconfig", "root = true\n\n[*.mcred]\n" + string.Join("\n", root) + "\n"))
                .Append(("sub/.editorconfig", "[*.mcred]\n" + string.Join("\n", sub) + "\n\n[plan1.mcred]\n" + string.Join("\n", severities.Select(s => s.Replace("dotnet_diagnostic", "mcred_diagnostic"))) + "\n"))
                .Append((".globalconfig", "is_global = true\n" + string.Join("\n", global.Concat(severities)) + "\n"))
                .ToArray();

        /// <summary>
        /// The text without what cannot be written as UTF-8 (lone surrogates) or reads as damaged (U+FFFD): the CLI
        /// refuses an undecodable file (exit 2) where the build reports MCR0001 on it, a difference of channel that
        /// PackageEndToEndTests pins, so it stays out of this comparison.
        /// </summary>
        private static string Decodable(string text)
        {
            var sb = new System.Text.StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                }
                else if (!char.IsSurrogate(c) && c != '\uFFFD')
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        /// <summary>Up to four option lines: any built-in option or severity, valid or not.</summary>
        private static Gen<string[]> Lines() =>
            from count in Gen.Choose(0, 4)
            from lines in Gen.ArrayOf(Gen.OneOf(Option(), Severity("mcred_diagnostic")), count)
            select lines;

        private static Gen<string> Option() =>
            from key in Gen.Elements(McredRuleOptions.Shapes.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToArray())
            from value in Gen.Elements(ValuesFor(McredRuleOptions.Shapes[key]))
            select key + " = " + value;

        private static string[] ValuesFor(OptionShape shape) => shape switch
        {
            OptionShape.Percent => new[] { "1", "70", "100", "0", "101", "-5", "half" },
            OptionShape.Date => new[] { "2026-11-28", "2031-06-01", "2026-02-30", "tomorrow", "" },
            _ => new[] { "1", "3", "12", "0", "-2", "ten", "2.5", "99999999999" },
        };

        private static Gen<string> Severity(string prefix) =>
            from id in Gen.Elements(RuleRegistry.Default.Rules.Select(r => r.Info.Id).ToArray())
            from level in Gen.Elements("error", "warning", "suggestion", "silent", "none", "default", "loud")
            select $"{prefix}.{id}.severity = {level}";
    }
}
