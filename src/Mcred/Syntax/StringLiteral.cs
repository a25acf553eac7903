using System.Text;

namespace Mcred.Syntax
{
    /// <summary>
    /// Writes a value as a one-line string literal that reads back as the same text. The one place that knows every
    /// line break of the language (LF, CR, CRLF, U+0085, U+2028, U+2029): each becomes <c>\n</c>, the only line-break
    /// escape there is, so no value can end a string early or start a declaration of its own. Other control
    /// characters carry no text and are dropped (NUL inside a string is a syntax error).
    /// </summary>
    internal static class StringLiteral
    {
        public static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\r':
                        sb.Append("\\n");
                        if (i + 1 < value.Length && value[i + 1] == '\n')
                        {
                            i++;
                        }

                        break;
                    default:
                        if (CharFacts.IsLineBreak(c))
                        {
                            sb.Append("\\n");
                        }
                        else if (!char.IsControl(c))
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.Append('"').ToString();
        }

        /// <summary>Text for a <c>#</c> comment: one line, whatever line breaks or control characters the source held.</summary>
        public static string CommentText(string value)
        {
            var sb = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                sb.Append(CharFacts.IsLineBreak(c) || char.IsControl(c) ? ' ' : c);
            }

            return sb.ToString();
        }
    }
}
