using System;
using System.IO;
using System.Text;
using Mcred.Files;

namespace Mcred.Tooling.Files
{
    /// <summary>
    /// Reading what a user names (a baseline, a file list, an import), bounded: only regular files (a named pipe would
    /// block the read forever, a device such as /dev/zero never ends), and no more than a stated size, so a mistake costs
    /// one line naming the file, never a hang or all of memory.
    /// </summary>
    internal static class BoundedInput
    {
        /// <summary>The largest baseline, file list or taxonomy file read (256 MB, as for a plan).</summary>
        public const long MaxFileBytes = 256L * 1024 * 1024;

        /// <summary>The most read from standard input (a file list): 64 MB.</summary>
        public const long MaxStandardInputChars = 64L * 1024 * 1024;

        /// <summary>Refuses a path that is not a regular file (or not there) with one line.</summary>
        public static void RequireRegularFile(string fullPath, string shownAs, string what)
        {
            if (!File.Exists(fullPath))
            {
                throw new ToolingException($"{shownAs}: {what} not found");
            }

            if (FileFacts.Of(fullPath) is { IsRegular: false } facts)
            {
                throw new ToolingException($"{shownAs}: {facts.NotRegularReason(what + " files")}");
            }
        }

        /// <summary>The bytes of a regular file of at most <paramref name="maxBytes"/>.</summary>
        public static byte[] ReadFile(string fullPath, string shownAs, string what, long maxBytes = MaxFileBytes)
        {
            RequireRegularFile(fullPath, shownAs, what);
            try
            {
                var size = new FileInfo(fullPath).Length;
                if (size > maxBytes)
                {
                    throw new ToolingException($"{shownAs}: is {size / (1024 * 1024)} MB, more than the {maxBytes / (1024 * 1024)} MB mcred reads as a {what}");
                }

                return File.ReadAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ToolingException($"{shownAs}: cannot read the {what}: {e.Message}");
            }
        }

        /// <summary>A regular file's text as strict UTF-8.</summary>
        public static string ReadText(string fullPath, string shownAs, string what, long maxBytes = MaxFileBytes) =>
            Utf8(ReadFile(fullPath, shownAs, what, maxBytes), shownAs);

        /// <summary>Everything on a reader (standard input), refusing more than <paramref name="maxChars"/>.</summary>
        public static string ReadAll(TextReader reader, string shownAs, string what, long maxChars = MaxStandardInputChars)
        {
            var text = new StringBuilder();
            var buffer = new char[64 * 1024];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (text.Length + n > maxChars)
                {
                    throw new ToolingException($"{shownAs}: more than {maxChars / (1024 * 1024)} MB as a {what}; pass a file of paths, one per line");
                }

                text.Append(buffer, 0, n);
            }

            return text.ToString();
        }

        /// <summary>Strict UTF-8, as plans are read (one decoder for both).</summary>
        private static string Utf8(byte[] bytes, string shownAs)
        {
            try
            {
                return Mcred.Workspace.DiskFileSystem.Decode(shownAs, bytes, out _);
            }
            catch (Mcred.Workspace.McredInputException e)
            {
                throw new ToolingException(e.Message);
            }
        }
    }
}
