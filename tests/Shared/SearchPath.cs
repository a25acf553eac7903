using System;
using System.IO;
using System.Linq;

namespace Mcred.TestSupport
{
    /// <summary>Whether a program a test needs beyond the .NET SDK (Node.js, a C toolchain) is installed.</summary>
    internal static class SearchPath
    {
        public static bool Has(string program) => Find(program) != null;

        /// <summary>The program's full path from the first PATH folder that has it, or null.</summary>
        public static string? Find(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Where(dir => dir.Length > 0)
                .Select(dir => Path.Combine(dir, program))
                .FirstOrDefault(File.Exists);
    }
}
