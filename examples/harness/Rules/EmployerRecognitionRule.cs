using System.Linq;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Rules;

namespace Harness.Rules
{
    /// <summary>
    /// Our policy: a credential we issue must be recognized by at least one employer, directly (recognized-by) or
    /// through an endorsement. Associations and communities are welcome, but they do not count on their own.
    /// </summary>
    public sealed class EmployerRecognitionRule : McredRule
    {
        public EmployerRecognitionRule()
            : base("ORG001", "employer-recognition", McredSeverity.Warning, "A credential that no employer recognizes.", "https://example.org/credential-policy#ORG001")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials)
            {
                var recognizers = credential.RecognizedBy.Concat(credential.EndorsedBy);
                if (!recognizers.Any(r => r.RecognizerKind == RecognizerKind.Employer))
                {
                    context.Report(credential, $"{credential.Display} is recognized by no employer: add an employer to 'recognized-by' or get one to endorse it");
                }
            }
        }
    }
}
