using System.Collections.Generic;
using System.Text;

namespace Mcred.Syntax
{
    /// <summary>Turns string tokens into their values: escapes, and for block strings the trimming and dedent of section 3.</summary>
    internal static class StringValues
    {
        public static string OneLine(string text, int start, int length) => Unescape(text, start + 1, length - 2);

        /// <summary>
        /// Block string value: drop a leading line break, drop a trailing line break followed only by blanks,
        /// remove the longest common indentation of non-blank lines, then apply escapes.
        /// Line breaks inside the value are normalized to LF, so a plan means the same with any line-end style.
        /// </summary>
        public static string Block(string text, int start, int length)
        {
            var lines = SplitLines(text, start + 3, start + length - 3);
            if (lines.Count > 1 && lines[0].Length == 0)
            {
                lines.RemoveAt(0);
            }

            if (lines.Count > 1 && IsBlank(lines[lines.Count - 1]))
            {
                lines.RemoveAt(lines.Count - 1);
            }

            var indent = CommonIndent(lines);
            var joined = new StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    joined.Append('\n');
                }

                var line = lines[i];
                joined.Append(line.Length >= indent ? line.Substring(indent) : string.Empty);
            }

            var raw = joined.ToString();
            return Unescape(raw, 0, raw.Length);
        }

        private static List<string> SplitLines(string text, int start, int end)
        {
            var lines = new List<string>();
            var lineStart = start;
            var pos = start;
            while (pos < end)
            {
                var breakLength = CharFacts.LineBreakLength(text, pos, end);
                if (breakLength == 0)
                {
                    pos++;
                    continue;
                }

                lines.Add(text.Substring(lineStart, pos - lineStart));
                pos += breakLength;
                lineStart = pos;
            }

            lines.Add(text.Substring(lineStart, end - lineStart));
            return lines;
        }

        private static bool IsBlank(string line)
        {
            foreach (var c in line)
            {
                if (c != ' ' && c != '\t')
                {
                    return false;
                }
            }

            return true;
        }

        private static int CommonIndent(List<string> lines)
        {
            var indent = int.MaxValue;
            foreach (var line in lines)
            {
                if (IsBlank(line))
                {
                    continue;
                }

                var i = 0;
                while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
                {
                    i++;
                }

                if (i < indent)
                {
                    indent = i;
                }
            }

            return indent == int.MaxValue ? 0 : indent;
        }

        private static string Unescape(string text, int start, int length)
        {
            var end = start + length;
            var backslash = text.IndexOf('\\', start, length);
            if (backslash < 0)
            {
                return text.Substring(start, length);
            }

            var sb = new StringBuilder(length);
            sb.Append(text, start, backslash - start);
            for (var i = backslash; i < end; i++)
            {
                var c = text[i];
                if (c != '\\' || i + 1 >= end)
                {
                    sb.Append(c);
                    continue;
                }

                var next = text[++i];
                sb.Append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            }

            return sb.ToString();
        }
    }
}
