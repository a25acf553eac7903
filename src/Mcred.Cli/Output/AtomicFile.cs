using System;
using System.IO;
using System.Text;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// Writes through a temporary file in the target's folder and a rename, so no reader ever sees half a file and a
    /// failure leaves the original as it was. A symbolic link is never written through.
    /// </summary>
    internal static class AtomicFile
    {
        /// <summary>Tests simulate a failure between writing the temporary file and the rename.</summary>
        internal static Action<string>? BeforeRename;

        public static void Write(string path, string content, Encoding encoding)
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full) ?? ".";
            if (new FileInfo(full).LinkTarget != null)
            {
                throw new CliException($"{path}: is a symbolic link; mcred does not write through links (write to the file it points to instead)");
            }

            var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(temp, content, encoding);
                BeforeRename?.Invoke(temp);
                File.Move(temp, full, overwrite: true);
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
