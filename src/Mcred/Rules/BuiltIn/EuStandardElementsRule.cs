using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>
    /// MCR1021: the EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I) lists elements every
    /// micro-credential must state. This rule checks the ones a plan holds about the credential itself: its workload,
    /// type of assessment, form of participation, quality assurance, and an issuer with a country. Off by default:
    /// issuers outside the EU enable it when they want the standard.
    /// </summary>
    internal sealed class EuStandardElementsRule : DeclarationRule
    {
        public const string Code = "MCR1021";

        public EuStandardElementsRule()
            : base(Code, "eu-standard-elements", McredSeverity.None, "A credential lacking an element the EU Council Recommendation on micro-credentials requires: workload, assessment, participation, quality assurance, or an issuer with a country.", messageFormat: "{0} lacks what the EU micro-credential standard requires: {1}; add {2}")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            var credential = (Credential)declaration;
            if (IsUnknown(credential))
            {
                return;
            }

            var missing = new List<string>();
            if (credential.Workload == null)
            {
                missing.Add("'workload' (e.g. 5ects or 120h)");
            }

            if (credential.Assessment == null)
            {
                missing.Add("'assessment' (the type of assessment)");
            }

            if (credential.Participation == null)
            {
                missing.Add("'participation' (online, onsite or blended)");
            }

            if (credential.QualityAssurance == null)
            {
                missing.Add("'quality-assurance'");
            }

            if (credential.Issuer == null)
            {
                missing.Add("an issuer with a 'country'");
            }
            else if (credential.Issuer.Country == null)
            {
                missing.Add($"a 'country' on {credential.Issuer.Display}");
            }

            if (missing.Count > 0)
            {
                context.ReportWith(credential, credential.Display, string.Join(", ", missing), missing.Count == 1 ? "it" : "them");
            }
        }

        /// <summary>A property the rule reads was reported as an error, or the issuer's own facts are unknown.</summary>
        private static bool IsUnknown(Credential credential) =>
            credential.IsInvalid(PropertyNames.Workload) || credential.IsInvalid(PropertyNames.Assessment) || credential.IsInvalid(PropertyNames.Participation)
            || credential.IsInvalid(PropertyNames.QualityAssurance) || credential.IsInvalid(PropertyNames.Issuer) || credential.HasBrokenReference(PropertyNames.Issuer)
            || (credential.Issuer != null && credential.Issuer.IsInvalid(PropertyNames.Country));
    }
}
