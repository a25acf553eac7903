using System;
using System.Runtime.CompilerServices;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Analyzers
{
    /// <summary>
    /// One parse per text: keyed on the SourceText instance the compiler or IDE hands out, which stays the same while
    /// the file is unchanged, so editing one file of many re-parses that file only. A text that is collected takes its
    /// parse with it.
    /// </summary>
    internal sealed class ParseCache
    {
        private readonly ConditionalWeakTable<SourceText, SyntaxFile> _parsed = new ConditionalWeakTable<SourceText, SyntaxFile>();
        private readonly Func<string, SourceText, SyntaxFile> _parse;

        public ParseCache(Func<string, SourceText, SyntaxFile> parse) => _parse = parse;

        public SyntaxFile Get(string path, SourceText text)
        {
            lock (_parsed)
            {
                if (_parsed.TryGetValue(text, out var cached) && cached.Path == path)
                {
                    return cached;
                }
            }

            var file = _parse(path, text);
            lock (_parsed)
            {
                _parsed.Remove(text);
                _parsed.Add(text, file);
            }

            return file;
        }
    }
}
