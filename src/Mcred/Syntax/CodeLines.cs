using Microsoft.CodeAnalysis.Text;

namespace Mcred.Syntax
{
    /// <summary>Line facts shared by suppression comments and fixture expectations.</summary>
    internal static class CodeLines
    {
        /// <summary>The first line after <paramref name="line"/> that is neither blank nor only a comment; -1 when there is none.</summary>
        public static int NextAfter(SourceText text, int line)
        {
            for (var i = line + 1; i < text.Lines.Count; i++)
            {
                var content = text.Lines[i].ToString().TrimStart(' ', '\t');
                if (content.Length > 0 && content[0] != '#')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
