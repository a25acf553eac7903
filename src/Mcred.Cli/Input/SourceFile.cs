using System.IO;
using System.Text;
using Mcred.Workspace;

namespace Mcred.Cli.Input
{
    /// <summary>A .mcred file as read from disk: its text and whether it had a byte-order mark (fmt keeps it).</summary>
    internal sealed class SourceFile
    {
        private SourceFile(string fullPath, string displayPath, string text, bool hasBom)
        {
            FullPath = fullPath;
            DisplayPath = displayPath;
            Text = text;
            HasBom = hasBom;
        }

        public string FullPath { get; }
        public string DisplayPath { get; }
        public string Text { get; }
        public bool HasBom { get; }

        public McredSource ToSource() => new McredSource(FullPath, Text);

        public Encoding Encoding => new UTF8Encoding(HasBom);

        public static SourceFile Read(string fullPath, CliContext context)
        {
            var display = context.DisplayPath(fullPath);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                throw new CliException($"cannot read {display}: {e.Message}");
            }

            return new SourceFile(fullPath, display, SourceReader.Decode(bytes, display), SourceReader.HasBom(bytes));
        }
    }
}
