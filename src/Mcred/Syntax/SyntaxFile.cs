using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>One parsed <c>.mcred</c> file: immutable, every node carrying its span in <see cref="Text"/>.</summary>
    public sealed class SyntaxFile
    {
        internal SyntaxFile(string path, SourceText text, IReadOnlyList<DeclarationSyntax> declarations, IReadOnlyList<Comment> comments, IReadOnlyList<SyntaxError> errors, int unknownKindDeclarations = 0)
        {
            UnknownKindDeclarations = unknownKindDeclarations;
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
        /// How many declarations of unknown kind (<c>skil s1 {</c>) the file has. Each is an MCR0001 and declares
        /// nothing, but could have been of any kind, so rules that wait on declarations with syntax errors wait on it.
        /// </summary>
        public int UnknownKindDeclarations { get; }
    }
}
