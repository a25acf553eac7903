using static Mcred.Rules.MessageArgument;
using System.Collections.Generic;
using System.Linq;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Rules.BuiltIn
{
    /// <summary>
    /// MCR1022: a credential or pathway that prepares for an occupation should recognize enough of the skills the
    /// labour market says the occupation requires: at least <c>mcred_min_essential_coverage</c> percent of its
    /// <c>essential</c> skills (a pathway: across its step credentials). Reported on the <c>prepares-for</c> value.
    /// </summary>
    internal sealed class OccupationGapRule : DeclarationRule
    {
        public const string Code = "MCR1022";

        public OccupationGapRule()
            : base(Code, "occupation-gap", McredSeverity.Suggestion, "A credential or pathway that prepares for an occupation but covers fewer than mcred_min_essential_coverage (default 50) percent of its essential skills.", options: new[] { McredRuleOptions.MinEssentialCoverage }, messageFormat: "{0} prepares for {1} but covers {2} of its {3} essential skills ({4}%, below {5}%): add {6}, or see 'mcred coverage'")
        {
        }

        public override IReadOnlyList<DeclarationKind> Kinds { get; } = new[] { DeclarationKind.Credential, DeclarationKind.Pathway };

        public override void Judge(McredDeclaration declaration, McredModel model, RuleContext context)
        {
            if (declaration is Credential credential)
            {
                if (credential.PreparesFor.Count > 0 && !credential.IsInvalid(PropertyNames.PreparesFor) && !credential.IsInvalid(PropertyNames.Skills))
                {
                    Judge(credential, Coverage.SkillsOf(credential), context);
                }

                return;
            }

            var pathway = (Pathway)declaration;
            if (pathway.PreparesFor.Count > 0 && !pathway.IsInvalid(PropertyNames.PreparesFor) && !StepsUnknown(pathway))
            {
                Judge(pathway, Coverage.SkillsOf(pathway), context);
            }
        }

        /// <summary>
        /// What a pathway covers is unknown when its steps are, or a step's skills are. A step that lists a skill with
        /// a syntax error still lists that skill (the reference resolves), so it is known.
        /// </summary>
        private static bool StepsUnknown(Pathway pathway) =>
            pathway.IsInvalid(PropertyNames.Steps) || pathway.HasBrokenReference(PropertyNames.Steps)
            || pathway.Steps.Any(c => c.IsInvalid(PropertyNames.Skills));

        private static void Judge(McredDeclaration declaration, HashSet<string> listed, RuleContext context)
        {
            var threshold = context.OptionsFor(declaration).MinEssentialCoverageValue;
            foreach (var occupation in Coverage.PreparesFor(declaration))
            {
                // Silent only while the essential skills themselves are unknown; one with a syntax error still counts.
                if (occupation.IsInvalid(PropertyNames.Essential))
                {
                    continue;
                }

                var coverage = Coverage.Of(occupation, listed);
                if (!coverage.IsBelow(threshold))
                {
                    continue;
                }

                var missing = coverage.Missing.Take(3).Select(id => $"'{id}'").ToList();
                var more = coverage.Missing.Count > 3 ? $" and {coverage.Missing.Count - 3} more" : string.Empty;
                context.ReportWith(declaration, ValueLocation(declaration, occupation),
                    declaration.Display, occupation.Display, Number(coverage.Covered), Number(coverage.Essential), Number(coverage.Percent), Number(threshold), string.Join(", ", missing) + more);
            }
        }

        /// <summary>The <c>prepares-for</c> value that names the occupation.</summary>
        private static McredLocation ValueLocation(McredDeclaration declaration, Occupation occupation)
        {
            foreach (var property in declaration.Syntax.Properties)
            {
                if (property.Name != PropertyNames.PreparesFor)
                {
                    continue;
                }

                foreach (var value in property.Values)
                {
                    if (value.Kind == ValueKind.Identifier && value.Text == occupation.Id)
                    {
                        return McredLocation.In(declaration.File.Path, declaration.File.Text, value.Span);
                    }
                }
            }

            return declaration.Location;
        }
    }
}
