using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>One parsed <c>.mcred</c> file: immutable, every node carrying its span in <see cref="Text"/>.</summary>
    public sealed class SyntaxFile
    {
        internal SyntaxFile(string path, SourceText text, IReadOnlyList<DeclarationSyntax> declarations, IReadOnlyList<Comment> comments, IReadOnlyList<SyntaxError> errors, IReadOnlyList<string>? unknownKindIds = null)
        {
            UnknownKindIds = unknownKindIds ?? System.Array.Empty<string>();
            Path = path;
            Text = text;
            Declarations = declarations;
            Comments = comments;
            Errors = errors;
        }

        public string Path { get; }
        public SourceText Text { get; }
        public IReadOnlyList<DeclarationSyntax> Declarations { get; }
        public IReadOnlyList<Comment> Comments { get; }
        public IReadOnlyList<SyntaxError> Errors { get; }

        /// <summary>
        /// The IDs of the file's declarations of unknown kind (<c>skil s1 {</c>). Each is an MCR0001 and declares
        /// nothing well-formed, but could have been of any kind: a reference of any kind to its ID resolves (as to a
        /// declaration with a syntax error), and rules that wait on declarations with syntax errors wait on it.
        /// </summary>
        internal IReadOnlyList<string> UnknownKindIds { get; }

        /// <summary>How many declarations of unknown kind the file has.</summary>
        public int UnknownKindDeclarations => UnknownKindIds.Count;
    }
}
