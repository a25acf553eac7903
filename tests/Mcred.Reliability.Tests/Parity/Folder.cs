using System;
using System.Collections.Generic;
using System.IO;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>A temporary workspace folder, removed when disposed.</summary>
    internal sealed class Folder : IDisposable
    {
        private Folder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mcred-parity-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public static Folder CopyOf(string source)
        {
            var folder = new Folder();
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(source, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return folder;
        }

        /// <summary>A folder holding the files (relative path, text).</summary>
        public static Folder With(IEnumerable<(string Path, string Text)> files)
        {
            var folder = new Folder();
            foreach (var (relative, text) in files)
            {
                var target = System.IO.Path.Combine(folder.Path, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }

            return folder;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
