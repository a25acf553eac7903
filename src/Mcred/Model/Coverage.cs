using System.Collections.Generic;
using System.Linq;
using Mcred.Syntax;

namespace Mcred.Model
{
    /// <summary>
    /// How many of an occupation's essential skills a credential or pathway covers (a pathway: across its step
    /// credentials, each skill once), and which are missing, in the occupation's order. MCR1022, <c>mcred coverage</c>,
    /// the report and the language server's hover all read it from here. Skills are counted by ID: a reference to a
    /// skill with a syntax error resolves, so it is an essential skill and, where listed, a covered one.
    /// </summary>
    public sealed class Coverage
    {
        private Coverage(int covered, int essential, IReadOnlyList<string> missing)
        {
            Covered = covered;
            Essential = essential;
            Missing = missing;
        }

        public int Covered { get; }
        public int Essential { get; }

        /// <summary>The IDs of the essential skills not listed, in the occupation's order.</summary>
        public IReadOnlyList<string> Missing { get; }

        /// <summary>Covered as a whole percentage, rounded down (so "50%" never hides a shortfall).</summary>
        public int Percent => Essential == 0 ? 100 : Covered * 100 / Essential;

        /// <summary>Below the threshold percentage: covered × 100 &lt; threshold × essential. An occupation with no essential skills never is.</summary>
        public bool IsBelow(int threshold) => Essential > 0 && Covered * 100 < threshold * Essential;

        /// <summary>The coverage of <paramref name="occupation"/> by <paramref name="listed"/>: the IDs of the skills listed, as <see cref="SkillsOf"/> gives them.</summary>
        public static Coverage Of(Occupation occupation, ICollection<string> listed)
        {
            var essential = EssentialIds(occupation);
            var missing = essential.Where(id => !listed.Contains(id)).ToList();
            return new Coverage(essential.Count - missing.Count, essential.Count, missing);
        }

        /// <summary>The IDs of the skills a credential lists, or a pathway's step credentials list; empty for other kinds.</summary>
        public static HashSet<string> SkillsOf(McredDeclaration declaration)
        {
            var ids = new HashSet<string>(System.StringComparer.Ordinal);
            switch (declaration)
            {
                case Credential credential:
                    AddSkills(credential, ids);
                    break;
                case Pathway pathway:
                    foreach (var step in pathway.Steps)
                    {
                        AddSkills(step, ids);
                    }

                    break;
            }

            return ids;
        }

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

        /// <summary>Each skill's display name by ID (the first declaration of an ID), to show what <see cref="Missing"/> names.</summary>
        public static IReadOnlyDictionary<string, string> SkillNames(McredModel model)
        {
            var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var skill in model.Skills)
            {
                if (!names.ContainsKey(skill.Id))
                {
                    names.Add(skill.Id, skill.Name);
                }
            }

            return names;
        }

        private static void AddSkills(Credential credential, HashSet<string> ids)
        {
            foreach (var skill in credential.Skills)
            {
                ids.Add(skill.Id);
            }

            foreach (var id in credential.BrokenReferenceIds(PropertyNames.Skills))
            {
                ids.Add(id);
            }
        }

        /// <summary>The distinct IDs of <c>essential</c> that resolve (to a skill, or to one with a syntax error), as written.</summary>
        private static List<string> EssentialIds(Occupation occupation)
        {
            var broken = occupation.BrokenReferenceIds(PropertyNames.Essential);
            if (broken.Count == 0)
            {
                return occupation.Essential.Select(s => s.Id).Distinct(System.StringComparer.Ordinal).ToList();
            }

            var resolved = new HashSet<string>(occupation.Essential.Select(s => s.Id), System.StringComparer.Ordinal);
            resolved.UnionWith(broken);
            var ids = new List<string>();
            foreach (var property in occupation.Syntax.Properties)
            {
                if (property.Name != PropertyNames.Essential)
                {
                    continue;
                }

                foreach (var value in property.Values)
                {
                    if (value.Kind == ValueKind.Identifier && resolved.Remove(value.Text))
                    {
                        ids.Add(value.Text);
                    }
                }
            }

            return ids;
        }
    }
}
