using System;
using System.Collections.Generic;
using System.IO;

namespace Mcred.Cli.Input
{
    /// <summary><c>--files-from FILE</c> (or <c>-</c> for standard input): the files whose diagnostics are reported, one path per line.</summary>
    internal static class FilesFrom
    {
        /// <remarks>Read bounded (regular files only, at most 256 MB; 64 MB from standard input), as strict UTF-8.</remarks>
        public static HashSet<string> Read(CliContext context, string source)
        {
            string text;
            try
            {
                text = source == "-"
                    ? Tooling.Files.BoundedInput.ReadAll(context.Input, "standard input", "file list")
                    : Tooling.Files.BoundedInput.ReadText(context.FullPath(source), source, "file list");
            }
            catch (Tooling.ToolingException e)
            {
                throw new CliException(e.Message);
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            var number = 0;
            foreach (var line in text.Split('\n'))
            {
                number++;
                var path = line.Trim();
                if (path.IndexOf('\0') >= 0)
                {
                    throw new CliException($"{source}:{number}: the line holds a NUL byte, which no path can");
                }

                if (path.Length > 0)
                {
                    try
                    {
                        files.Add(context.FullPath(path));
                    }
                    catch (Exception e) when (e is ArgumentException || e is PathTooLongException || e is NotSupportedException)
                    {
                        throw new CliException($"{source}:{number}: not a path: {e.Message}");
                    }
                }
            }

            return files;
        }
    }
}
