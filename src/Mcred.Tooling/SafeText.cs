using System.Text;

namespace Mcred.Tooling
{
    /// <summary>
    /// Text from a plan or a path, made safe to show: control characters (escape, line breaks, tabs, ...) are shown
    /// as <c>\x1b</c>, <c>\n</c>, <c>\t</c>, so plan text can neither drive a terminal nor forge an extra output line;
    /// bidirectional controls (U+202E and its kin) as <c>\u202e</c>, so text cannot be shown in an order other than
    /// the one it has. The terminal formats and the HTML report both use it.
    /// </summary>
    internal static class SafeText
    {
        /// <param name="text">The text.</param>
        /// <param name="keepLineBreaks">Keep line feeds and tabs as they are (HTML shows them as spaces).</param>
        public static string Escape(string text, bool keepLineBreaks = false)
        {
            var clean = true;
            foreach (var c in text)
            {
                if (NeedsEscape(c, keepLineBreaks))
                {
                    clean = false;
                    break;
                }
            }

            if (clean)
            {
                return text;
            }

            var sb = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (!NeedsEscape(c, keepLineBreaks))
                {
                    sb.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default: sb.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("x2") : "\\u" + ((int)c).ToString("x4")); break;
                }
            }

            return sb.ToString();
        }

        /// <summary>C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional controls.</summary>
        private static bool NeedsEscape(char c, bool keepLineBreaks) =>
            (keepLineBreaks && (c == '\n' || c == '\t')) ? false
            : c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || IsBidiControl(c);

        /// <summary>ALM, LRM and RLM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069).</summary>
        private static bool IsBidiControl(char c) =>
            c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
