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

        public Encoding Encoding => new UTF8Encoding(HasBom);

        public static SourceFile Read(string fullPath, CliContext context)
        {
            var text = WorkspaceFiles.Read(fullPath, out var hasBom);
            return new SourceFile(fullPath, context.DisplayPath(fullPath), text, hasBom);
        }
    }
}
