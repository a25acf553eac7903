namespace Mcred.Syntax
{
    /// <summary>Character classes of the language.</summary>
    internal static class CharFacts
    {
        /// <summary>Line breaks as Roslyn's SourceText recognizes them (CRLF is handled by the caller).</summary>
        public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>Horizontal white space between tokens.</summary>
        public static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\f' || c == '\v';

        public static bool IsWordChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';

        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>The identifier form, <c>[A-Za-z_][A-Za-z0-9_-]*</c>: what an ID (or an ID prefix) must look like.</summary>
        public static bool IsIdentifier(string text)
        {
            if (text.Length == 0 || !((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z') || text[0] == '_'))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!IsWordChar(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Length of the line break at <paramref name="i"/> (2 for CRLF), 0 when there is none.</summary>
        public static int LineBreakLength(string text, int i, int end)
        {
            var c = text[i];
            if (c == '\r')
            {
                return i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
            }

            return IsLineBreak(c) ? 1 : 0;
        }

        public static bool IsValidEscape(char c) => c == '"' || c == '\\' || c == 'n' || c == 't';
    }
}
