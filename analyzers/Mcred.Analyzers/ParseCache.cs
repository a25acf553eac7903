using System.Runtime.CompilerServices;
using System.Threading;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Analyzers
{
    /// <summary>
    /// One parse per text: keyed on the SourceText instance the compiler or IDE hands out, which stays the same while
    /// the file is unchanged, so editing one file of many re-parses that file only.
    /// </summary>
    internal static class ParseCache
    {
        private static readonly ConditionalWeakTable<SourceText, SyntaxFile> Parsed = new ConditionalWeakTable<SourceText, SyntaxFile>();
        private static int _parseCount;

        /// <summary>How many parses ran (for tests of the cache).</summary>
        public static int ParseCount => Volatile.Read(ref _parseCount);

        public static SyntaxFile Get(string path, SourceText text)
        {
            if (Parsed.TryGetValue(text, out var file) && file.Path == path)
            {
                return file;
            }

            Interlocked.Increment(ref _parseCount);
            file = Parser.Parse(path, text);
            Parsed.Remove(text);
            Parsed.Add(text, file);
            return file;
        }
    }
}
