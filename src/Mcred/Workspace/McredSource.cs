using Microsoft.CodeAnalysis.Text;

namespace Mcred.Workspace
{
    /// <summary>One <c>.mcred</c> file's path and text, as the CLI reads it or the analyzer receives it.</summary>
    public sealed class McredSource
    {
        public McredSource(string path, SourceText text)
        {
            Path = path;
            Text = text;
        }

        public McredSource(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        public string Path { get; }
        public SourceText Text { get; }
    }
}
