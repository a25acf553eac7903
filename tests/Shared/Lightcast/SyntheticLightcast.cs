using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Mcred.TestSupport
{
    /// <summary>
    /// A made-up Lightcast Open Skills file of any size, in the API's documented shape: Lightcast data is licensed per
    /// user, so the import's size tests and benchmark generate theirs. The mix follows v9.32's: 41,138 skills, 32
    /// categories, 443 subcategories, every type, some removed, most with a description of Wikipedia length.
    /// </summary>
    internal static class SyntheticLightcast
    {
        public const int FullSize = 41138;

        /// <summary>Writes <paramref name="count"/> records (every 16th removed) to <paramref name="path"/>.</summary>
        public static void Write(string path, int count)
        {
            using var file = File.Create(path);
            using var json = new Utf8JsonWriter(file);
            json.WriteStartObject();
            json.WriteString("version", "9.32-synthetic");
            json.WriteStartArray("data");
            for (var i = 0; i < count; i++)
            {
                var n = i.ToString("D6", CultureInfo.InvariantCulture);
                var category = i % 32;
                var subcategory = i % 443;
                json.WriteStartObject();
                json.WriteString("id", "KSSYNTH" + n.PadLeft(13, '0'));
                json.WriteString("name", "Synthetic skill " + n);
                json.WriteStartObject("type");
                json.WriteString("id", "ST" + (1 + (i % 3)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("name", (i % 3) switch { 0 => "Specialized Skill", 1 => "Common Skill", _ => "Certification" });
                json.WriteEndObject();
                json.WriteStartObject("category");
                json.WriteNumber("id", category);
                json.WriteString("name", "Category " + category.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
                json.WriteStartObject("subcategory");
                json.WriteNumber("id", subcategory);
                json.WriteString("name", "Subcategory " + subcategory.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
                json.WriteString("description", Description(i));
                json.WriteString("infoUrl", "https://lightcast.io/open-skills/skills/KSSYNTH" + n.PadLeft(13, '0'));
                json.WriteBoolean("isSoftware", i % 7 == 0);
                json.WriteBoolean("isLanguage", false);
                json.WriteBoolean("isRemoved", i % 16 == 15);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static string Description(int i)
        {
            var text = new StringBuilder("Synthetic skill number ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(" is made up for a size test and describes nothing real. ");
            // Every third description is of Wikipedia length (longer than a why), so the first-sentence rule runs too.
            if (i % 3 == 0)
            {
                text.Append(new string('x', 40)).Append(' ', 1).Append(string.Join(" ", System.Linq.Enumerable.Repeat("More words about it.", 20)));
            }

            return text.ToString().TrimEnd();
        }
    }
}
