using System;
using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>
    /// Which declaration a place in a file belongs to, as <c>kind:id</c>: what baselines count findings by and what
    /// SARIF fingerprints hash, so a finding keeps its identity when lines above it move.
    /// </summary>
    internal sealed class DeclarationIndex
    {
        private readonly Dictionary<string, SyntaxFile> files = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);

        public DeclarationIndex(IEnumerable<SyntaxFile> files)
        {
            foreach (var file in files)
            {
                this.files[file.Path] = file;
            }
        }

        /// <summary><c>kind:id</c> of the declaration holding the position, or the empty string outside every declaration (a comment, a config file).</summary>
        public string KeyAt(string path, int position)
        {
            if (!files.TryGetValue(path, out var file))
            {
                return string.Empty;
            }

            var declarations = file.Declarations;
            int low = 0, high = declarations.Count - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                var span = declarations[middle].Span;
                if (position < span.Start)
                {
                    high = middle - 1;
                }
                else if (position > span.End)
                {
                    low = middle + 1;
                }
                else
                {
                    var declaration = declarations[middle];
                    return declaration.Id == null ? string.Empty : declaration.Kind.ToKeyword() + ":" + declaration.Id;
                }
            }

            return string.Empty;
        }

        /// <summary>The text of a span in a checked file (empty for other files).</summary>
        public string TextAt(string path, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            files.TryGetValue(path, out var file) && span.End <= file.Text.Length ? file.Text.ToString(span) : string.Empty;
    }
}
