using System;
using System.Collections.Generic;
using System.IO;

namespace Mcred.Cli.Input
{
    /// <summary><c>--files-from FILE</c> (or <c>-</c> for standard input): the files whose diagnostics are reported, one path per line.</summary>
    internal static class FilesFrom
    {
        public static HashSet<string> Read(CliContext context, string source)
        {
            string text;
            try
            {
                text = source == "-" ? context.Input.ReadToEnd() : File.ReadAllText(context.FullPath(source));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CliException($"{source}: cannot read the file list: {e.Message}");
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in text.Split('\n'))
            {
                var path = line.Trim();
                if (path.Length > 0)
                {
                    files.Add(context.FullPath(path));
                }
            }

            return files;
        }
    }
}
