using System.IO;
using System.Reflection;

namespace Mcred.Cli
{
    /// <summary>Docs pages and seeds embedded in the tool.</summary>
    internal static class Resources
    {
        private static readonly Assembly Assembly = typeof(Resources).Assembly;

        public static string? RulePage(string id) => Read("docs/rules/" + id + ".md");

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
