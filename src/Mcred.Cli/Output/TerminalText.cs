using System.Text;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// Text from a plan or a path, made safe to print: control characters (escape, line breaks, tabs, ...) are shown
    /// as <c>\x1b</c>, <c>\n</c>, <c>\t</c>, so plan text can neither drive a terminal nor forge an extra output line.
    /// </summary>
    internal static class TerminalText
    {
        public static string Escape(string text)
        {
            var clean = true;
            foreach (var c in text)
            {
                if (NeedsEscape(c))
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
                switch (c)
                {
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (NeedsEscape(c))
                        {
                            sb.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("x2") : "\\u" + ((int)c).ToString("x4"));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.ToString();
        }

        /// <summary>C0 and C1 controls, DEL, and the Unicode line and paragraph separators.</summary>
        private static bool NeedsEscape(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
