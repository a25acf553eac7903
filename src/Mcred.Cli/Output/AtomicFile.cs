using System;
using System.IO;
using System.Text;

namespace Mcred.Cli.Output
{
    /// <summary>Writes through a temporary file in the target's folder and a rename, so no reader ever sees half a file.</summary>
    internal static class AtomicFile
    {
        public static void Write(string path, string content, Encoding encoding)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(temp, content, encoding);
                File.Move(temp, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                TryDelete(temp);
                throw new CliException($"cannot write {path}: {e.Message}");
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
