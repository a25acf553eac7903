using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Mcred.Cli
{
    /// <summary>Docs pages and seeds embedded in the tool.</summary>
    internal static class Resources
    {
        private static readonly Assembly Assembly = typeof(Resources).Assembly;

        public static string? RulePage(string id) => Read("docs/rules/" + id + ".md");

        /// <summary>Seed files by file name, in name order.</summary>
        public static SortedDictionary<string, string> Seeds()
        {
            var seeds = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var name in Assembly.GetManifestResourceNames())
            {
                if (name.StartsWith("seeds/", System.StringComparison.Ordinal))
                {
                    seeds[name.Substring("seeds/".Length)] = Read(name)!;
                }
            }

            return seeds;
        }

        private static string? Read(string name)
        {
            using var stream = Assembly.GetManifestResourceStream(name);
            if (stream == null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
