using System;
using System.IO;
using System.Linq;

namespace Mcred.TestSupport
{
    /// <summary>Whether a program a test needs beyond the .NET SDK (Node.js, a C toolchain) is installed.</summary>
    internal static class SearchPath
    {
        public static bool Has(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
    }
}
