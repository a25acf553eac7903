using System.Collections.Generic;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>
    /// One line per property, as the language reference (docs/language.md) explains it: what editors show on hover
    /// and next to a completion.
    /// </summary>
    internal static class PropertyHelp
    {
        private static readonly Dictionary<string, string> ByName = new Dictionary<string, string>
        {
            [PropertyNames.Value] = "A value proposition: what learners get from this issuer.",
            [PropertyNames.Partner] = "A partner whose name appears on the certificate next to the issuer's.",
            [PropertyNames.Url] = "The public web page, an absolute http(s) URL.",
            [PropertyNames.Description] = "Who or what this is, specifically.",
            [PropertyNames.Goal] = "A career goal this persona pursues.",
            [PropertyNames.Kind] = "What kind of recognizer: employer, association, institution, licensing-body or community.",
            [PropertyNames.Outcome] = "What the credential unlocks with this recognizer.",
            [PropertyNames.Endorses] = "Credentials this recognizer endorses (they count as recognized).",
            [PropertyNames.Type] = "The category's type: soft, technical or certification; its skills take that type.",
            [PropertyNames.Category] = "The categories the skill belongs to; its types come from them.",
            [PropertyNames.Why] = "A tweet-length reason the skill matters (at most 280 characters).",
            [PropertyNames.HalfLife] = "How long the skill stays current (3y, 18m); it expires at reviewed + half-life.",
            [PropertyNames.Reviewed] = "The date the skill was last reviewed (YYYY-MM-DD).",
            [PropertyNames.Tool] = "An industry-standard product the skill is shown in.",
            [PropertyNames.Aligns] = "An alignment to a framework: a tag and a code or URI, e.g. esco \"http://data.europa.eu/esco/skill/...\".",
            [PropertyNames.Issuer] = "The issuer that awards this credential.",
            [PropertyNames.For] = "The personas it is designed for.",
            [PropertyNames.RecognizedBy] = "The recognizers that accept it.",
            [PropertyNames.Skills] = "The skills it bundles.",
            [PropertyNames.Steps] = "The credentials of the pathway, in order.",
            [PropertyNames.Country] = "The country the issuer is established in: an ISO 3166-1 alpha-2 code such as \"NL\".",
            [PropertyNames.Email] = "An e-mail address where learners and verifiers reach the issuer.",
            [PropertyNames.Criteria] = "What a learner must do to earn the credential (the Open Badges criteria narrative).",
            [PropertyNames.AchievementType] = "What kind of achievement it is: badge, micro-credential, certificate or certification.",
            [PropertyNames.Workload] = "The notional workload: ECTS credits (5ects) or hours (120h).",
            [PropertyNames.Level] = "The European Qualifications Framework level, eqf-1 to eqf-8.",
            [PropertyNames.Assessment] = "The type of assessment, e.g. a proctored practical exam.",
            [PropertyNames.Participation] = "How learners take part: online, onsite or blended.",
            [PropertyNames.PreparesFor] = "The occupations it prepares for; MCR1022 checks how many of their essential skills it covers.",
            [PropertyNames.Essential] = "The skills the occupation requires (labour-market evidence, e.g. from ESCO).",
            [PropertyNames.Optional] = "Skills the occupation may use.",
            [PropertyNames.QualityAssurance] = "How the credential's quality is assured, e.g. an internal review or ISO 21001.",
        };

        /// <summary>The property's line of help, with its cardinality; null for a property the kind does not take.</summary>
        public static string? Describe(DeclarationKind kind, string name)
        {
            if (!(PropertySchema.Find(kind, name) is PropertySpec spec))
            {
                return null;
            }

            var text = ByName.TryGetValue(name, out var help) ? help : string.Empty;
            return $"{text} ({(spec.IsMultiValued ? "0..n, a list" : "0..1, once")})";
        }
    }
}
