using System.Net;
using System.Text;

namespace Mcred.Tooling.Report
{
    /// <summary>Writes HTML where every piece of plan text is encoded: nothing from a plan can become markup.</summary>
    internal sealed class Html
    {
        private readonly StringBuilder sb = new StringBuilder();

        /// <summary>Markup the report itself writes (never plan text).</summary>
        public Html Raw(string markup)
        {
            sb.Append(markup);
            return this;
        }

        /// <summary>Plan text, encoded.</summary>
        public Html Text(string? text)
        {
            sb.Append(WebUtility.HtmlEncode(SafeText.Escape(text ?? string.Empty, keepLineBreaks: true)));
            return this;
        }

        /// <summary>An element with encoded text content.</summary>
        public Html Element(string tag, string? text, string? cssClass = null)
        {
            sb.Append('<').Append(tag);
            if (cssClass != null)
            {
                sb.Append(" class=\"").Append(cssClass).Append('"');
            }

            sb.Append('>');
            Text(text);
            sb.Append("</").Append(tag).Append(">\n");
            return this;
        }

        /// <summary>A list (<c>ul</c> or <c>ol</c>) with one encoded item per text.</summary>
        public Html List(string tag, string cssClass, System.Collections.Generic.IEnumerable<string> items)
        {
            sb.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append("\">");
            foreach (var item in items)
            {
                Element("li", item);
            }

            sb.Append("</").Append(tag).Append('>');
            return this;
        }

        /// <summary>An attribute value, encoded (quotes included).</summary>
        public static string Attribute(string value) => WebUtility.HtmlEncode(SafeText.Escape(value, keepLineBreaks: true));

        public override string ToString() => sb.ToString();
    }
}
