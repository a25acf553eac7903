using System.Collections.Generic;
using System.Linq;
using Mcred.Model;

namespace Mcred.Tooling
{
    /// <summary>
    /// The skills a plan uses (listed by a credential, and so by the pathways of those credentials) and the rest, its
    /// library: a plan that holds 10 seed skills or 13,896 imported ones is about the few its credentials bundle, so
    /// reports and exports count those and show the library apart.
    /// </summary>
    internal static class PlanSkills
    {
        /// <summary>The skills some credential lists, in declaration order.</summary>
        public static IReadOnlyList<Skill> Used(McredModel model)
        {
            var used = new HashSet<Skill>(model.Credentials.SelectMany(c => c.Skills));
            return model.Skills.Where(used.Contains).ToList();
        }

        /// <summary>The skills no credential lists, in declaration order.</summary>
        public static IReadOnlyList<Skill> Library(McredModel model)
        {
            var used = new HashSet<Skill>(model.Credentials.SelectMany(c => c.Skills));
            return model.Skills.Where(s => !used.Contains(s)).ToList();
        }
    }
}
