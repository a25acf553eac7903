using System.Collections.Generic;

namespace Mcred.Syntax
{
    /// <summary>The lexer's output for one file: tokens (ending with <see cref="TokenKind.EndOfFile"/>), comments and declaration starts.</summary>
    internal sealed class LexedText
    {
        public LexedText(string text, Token[] tokens, int tokenCount, List<Comment> comments, List<int> chunkStarts, List<int> unknownKindStarts)
        {
            UnknownKindStarts = unknownKindStarts;
            Text = text;
            Tokens = tokens;
            TokenCount = tokenCount;
            Comments = comments;
            ChunkStarts = chunkStarts;
        }

        public string Text { get; }

        /// <summary>Tokens; only the first <see cref="TokenCount"/> are valid, the last of them is EndOfFile.</summary>
        public Token[] Tokens { get; }

        public int TokenCount { get; }

        public List<Comment> Comments { get; }

        /// <summary>Indices of the keyword tokens that start a declaration (column 1, followed by white space).</summary>
        public List<int> ChunkStarts { get; }

        /// <summary>The chunk starts whose first word is no keyword: declarations of unknown kind (<c>skil s1 {</c>).</summary>
        public List<int> UnknownKindStarts { get; }

        /// <summary>The token's text; a short word shares its string with earlier occurrences (<see cref="WordPool"/>).</summary>
        public string TextOf(in Token token) => token.IsWord ? WordPool.Get(Text, token.Start, token.Length) : Text.Substring(token.Start, token.Length);

        /// <summary>Gives the token buffer back to the pool; the tokens are only needed while the file is parsed.</summary>
        public void Release() => System.Buffers.ArrayPool<Token>.Shared.Return(Tokens);
    }
}
