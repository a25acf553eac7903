using System;

namespace Mcred.Files
{
    /// <summary>Paths as messages show them: '/'-separated, relative where that is shorter to read.</summary>
    internal static class PathText
    {
        public static string Normalize(string path) => path.Replace('\\', '/');

        /// <summary>True when <paramref name="path"/> lies under <paramref name="folder"/> (both full paths).</summary>
        public static bool IsUnder(string folder, string path)
        {
            var separator = System.IO.Path.DirectorySeparatorChar.ToString();
            return path.StartsWith(folder.EndsWith(separator, System.StringComparison.Ordinal) ? folder : folder + separator, System.StringComparison.Ordinal);
        }

        /// <summary>The path of <paramref name="target"/> as seen from the folder of <paramref name="fromFile"/>.</summary>
        public static string RelativeTo(string fromFile, string target)
        {
            var from = Normalize(fromFile).Split('/');
            var to = Normalize(target).Split('/');
            var common = 0;
            while (common < from.Length - 1 && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
            {
                common++;
            }

            var parts = new System.Collections.Generic.List<string>();
            for (var i = common; i < from.Length - 1; i++)
            {
                parts.Add("..");
            }

            for (var i = common; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return string.Join("/", parts);
        }
    }
}
