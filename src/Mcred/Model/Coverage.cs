using System.Collections.Generic;
using System.Linq;

namespace Mcred.Model
{
    /// <summary>
    /// How many of an occupation's essential skills a credential or pathway covers (a pathway: across its step
    /// credentials, each skill once), and which are missing, in the occupation's order. MCR1022, <c>mcred coverage</c>,
    /// the report and the language server's hover all read it from here.
    /// </summary>
    public sealed class Coverage
    {
        private Coverage(int covered, int essential, IReadOnlyList<Skill> missing)
        {
            Covered = covered;
            Essential = essential;
            Missing = missing;
        }

        public int Covered { get; }
        public int Essential { get; }
        public IReadOnlyList<Skill> Missing { get; }

        /// <summary>Covered as a whole percentage, rounded down (so "50%" never hides a shortfall).</summary>
        public int Percent => Essential == 0 ? 100 : Covered * 100 / Essential;

        /// <summary>Below the threshold percentage: covered × 100 &lt; threshold × essential. An occupation with no essential skills never is.</summary>
        public bool IsBelow(int threshold) => Essential > 0 && Covered * 100 < threshold * Essential;

        public static Coverage Of(Occupation occupation, ICollection<Skill> listed)
        {
            var essential = new List<Skill>();
            var seen = new HashSet<Skill>();
            foreach (var skill in occupation.Essential)
            {
                if (seen.Add(skill))
                {
                    essential.Add(skill);
                }
            }

            var missing = essential.Where(s => !listed.Contains(s)).ToList();
            return new Coverage(essential.Count - missing.Count, essential.Count, missing);
        }

        /// <summary>The skills a credential lists, or a pathway's step credentials list; empty for other kinds.</summary>
        public static HashSet<Skill> SkillsOf(McredDeclaration declaration) => declaration switch
        {
            Credential credential => new HashSet<Skill>(credential.Skills),
            Pathway pathway => new HashSet<Skill>(pathway.Steps.SelectMany(step => step.Skills)),
            _ => new HashSet<Skill>(),
        };

        /// <summary>The occupations a credential or pathway prepares for; empty for other kinds.</summary>
        public static IReadOnlyList<Occupation> PreparesFor(McredDeclaration declaration) => declaration switch
        {
            Credential credential => credential.PreparesFor,
            Pathway pathway => pathway.PreparesFor,
            _ => System.Array.Empty<Occupation>(),
        };

        /// <summary>Every (credential or pathway, occupation) pair of the model, credentials first, in workspace order.</summary>
        public static IEnumerable<(McredDeclaration Declaration, Occupation Occupation, Coverage Coverage)> All(McredModel model)
        {
            foreach (var declaration in model.Credentials.Cast<McredDeclaration>().Concat(model.Pathways))
            {
                var occupations = PreparesFor(declaration);
                if (occupations.Count == 0)
                {
                    continue;
                }

                var skills = SkillsOf(declaration);
                foreach (var occupation in occupations)
                {
                    yield return (declaration, occupation, Of(occupation, skills));
                }
            }
        }
    }
}
