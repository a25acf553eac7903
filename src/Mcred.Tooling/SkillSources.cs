using System;
using System.Linq;
using Mcred.Model;

namespace Mcred.Tooling
{
    /// <summary>
    /// What mcred knows about the skills libraries a skill can align to, in one place for the hover, the report and
    /// both exports. Lightcast Open Skills IDs (<c>aligns lightcast "KS120076FGP5WGWYMP0F"</c>) are codes, not
    /// addresses: a skill's page is its second <c>aligns lightcast</c> (the <c>infoUrl</c> the import keeps), else
    /// Lightcast's page for that ID.
    /// </summary>
    internal static class SkillSources
    {
        public const string Lightcast = "lightcast";
        public const string LightcastName = "Lightcast Open Skills";
        public const string LightcastPages = "https://lightcast.io/open-skills/skills/";

        /// <summary>The Lightcast skill a skill aligns to, with the page to link: null when it aligns to none.</summary>
        public static (string Id, string Page)? LightcastOf(Skill skill)
        {
            var codes = skill.Alignments.Where(a => string.Equals(a.Framework, Lightcast, StringComparison.Ordinal)).Select(a => a.Code).ToList();
            var id = codes.FirstOrDefault(code => !IsWebAddress(code));
            if (id == null)
            {
                return null;
            }

            return (id, codes.FirstOrDefault(IsWebAddress) ?? LightcastPages + Uri.EscapeDataString(id));
        }

        /// <summary>An absolute http(s) URI: the form an alignment must have to be a link.</summary>
        public static bool IsWebAddress(string code) =>
            Uri.TryCreate(code, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
