using System.Collections.Generic;
using System.Linq;
using Mcred.Model;

namespace Mcred.Tooling.Export
{
    /// <summary>Words the exports fall back to where the plan gives none.</summary>
    internal static class PlanText
    {
        /// <summary>The skills' names, for a description the plan does not write.</summary>
        public static string SkillList(IEnumerable<Skill> skills) => string.Join(", ", skills.Select(s => s.Name));
    }
}
