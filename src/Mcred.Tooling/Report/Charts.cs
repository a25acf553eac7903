using System.Globalization;
using System.Linq;
using Mcred.Model;

namespace Mcred.Tooling.Report
{
    /// <summary>SVG charts drawn by the report itself (no script, no library): the balance of skill types as a stacked bar.</summary>
    internal static class Charts
    {
        public static readonly (CategoryType Type, string Label, string Colour)[] Types =
        {
            (CategoryType.Soft, "soft", "#2f7d5b"),
            (CategoryType.Technical, "technical", "#2b5b9c"),
            (CategoryType.Certification, "certification", "#a3632a"),
        };

        private const string Untyped = "#9a9a9a";

        /// <summary>A horizontal bar split by type, with a text alternative for screen readers and print.</summary>
        public static void Balance(Html html, string label, int[] counts, int untyped)
        {
            var total = counts.Sum() + untyped;
            var summary = string.Join(", ", Types.Select((t, i) => $"{counts[i]} {t.Label}")) + (untyped > 0 ? $", {untyped} untyped" : string.Empty);
            html.Raw("<div class=\"balance\"><svg role=\"img\" width=\"320\" height=\"18\" viewBox=\"0 0 320 18\" aria-label=\"").Raw(Html.Attribute(label + ": " + summary)).Raw("\">");
            if (total == 0)
            {
                html.Raw("<rect x=\"0\" y=\"0\" width=\"320\" height=\"18\" fill=\"#eeeeee\"/>");
            }
            else
            {
                double x = 0;
                for (var i = 0; i <= Types.Length; i++)
                {
                    var n = i < Types.Length ? counts[i] : untyped;
                    if (n == 0)
                    {
                        continue;
                    }

                    var width = 320.0 * n / total;
                    html.Raw($"<rect x=\"{F(x)}\" y=\"0\" width=\"{F(width)}\" height=\"18\" fill=\"{(i < Types.Length ? Types[i].Colour : Untyped)}\"/>");
                    x += width;
                }
            }

            html.Raw("</svg> <span class=\"legend\">").Text(summary).Raw("</span></div>\n");
        }

        /// <summary>A bar showing <paramref name="part"/> of <paramref name="whole"/>, with the figures as text.</summary>
        public static void Share(Html html, string label, int part, int whole)
        {
            var width = whole == 0 ? 0 : 160.0 * part / whole;
            var percent = whole == 0 ? 100 : part * 100 / whole;
            html.Raw("<div class=\"balance\"><svg role=\"img\" width=\"160\" height=\"14\" viewBox=\"0 0 160 14\" aria-label=\"").Raw(Html.Attribute(label)).Raw("\">")
                .Raw("<rect x=\"0\" y=\"0\" width=\"160\" height=\"14\" fill=\"#eeeeee\"/>")
                .Raw($"<rect x=\"0\" y=\"0\" width=\"{F(width)}\" height=\"14\" fill=\"{(percent >= 50 ? Types[0].Colour : Types[2].Colour)}\"/></svg> <span class=\"legend\">")
                .Text($"{part} of {whole} ({percent}%)").Raw("</span></div>");
        }

        /// <summary>How many skills of each type (and untyped) a set of skills has, each skill counted once.</summary>
        public static (int[] Counts, int Untyped) Count(System.Collections.Generic.IEnumerable<Skill> skills)
        {
            var counts = new int[Types.Length];
            var untyped = 0;
            foreach (var skill in skills.Distinct())
            {
                var any = false;
                foreach (var type in skill.Types)
                {
                    counts[(int)type]++;
                    any = true;
                }

                if (!any)
                {
                    untyped++;
                }
            }

            return (counts, untyped);
        }

        private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
