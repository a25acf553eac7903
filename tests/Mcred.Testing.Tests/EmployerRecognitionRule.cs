using System.Linq;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Rules;

namespace Mcred.Testing.Tests
{
    /// <summary>A team's own rule: every credential for career switchers is recognized by an employer.</summary>
    public sealed class EmployerRecognitionRule : McredRule
    {
        public EmployerRecognitionRule()
            : base("ORG001", "employer-recognition", McredSeverity.Warning, "A credential for career switchers that no employer recognizes.", "https://example.org/rules/ORG001")
        {
        }

        public override void Analyze(McredModel model, RuleContext context)
        {
            foreach (var credential in model.Credentials.Where(c => c.For.Any(p => p.Id == "career-switcher")))
            {
                var employers = credential.RecognizedBy.Concat(credential.EndorsedBy).Where(r => r.RecognizerKind == RecognizerKind.Employer);
                if (!employers.Any())
                {
                    context.Report(credential, $"{credential.Display} is for career switchers but no employer recognizes it");
                }
            }
        }
    }
}
