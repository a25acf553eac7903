using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.TestSupport
{
    /// <summary>An additional file held in memory; its SourceText is one instance, as an unchanged file's is in the IDE.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        /// <param name="encoding">The encoding the text reports (the compiler's decoding of the file), if any.</param>
        public InMemoryAdditionalText(string path, string text, System.Text.Encoding? encoding = null)
        {
            Path = path;
            _text = SourceText.From(text, encoding);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
