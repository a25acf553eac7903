using System.Linq;
using Mcred.Benchmarks.Synthetic;

namespace Mcred.Benchmarks
{
    /// <summary>The 32,000-skill workspace (or another size) cut into 1,000 files of about 32 skills each (the editor and analyzer benchmarks' workspace).</summary>
    internal static class ThousandFiles
    {
        public static string[] Texts(int skills = 32000)
        {
            var all = string.Concat(new WorkspaceGenerator().Generate(skills).Files.Select(f => f.Text));
            var starts = Enumerable.Range(0, all.Length).Where(i => i == 0 || (all[i - 1] == '\n' && string.CompareOrdinal(all, i, "skill ", 0, 6) == 0)).ToList();
            var perFile = System.Math.Max(1, starts.Count / 1000);
            return Enumerable.Range(0, 1000).Select(f =>
            {
                var from = starts[System.Math.Min(f * perFile, starts.Count - 1)];
                var to = f == 999 ? all.Length : starts[System.Math.Min((f + 1) * perFile, starts.Count - 1)];
                return all.Substring(from, to - from);
            }).ToArray();
        }
    }
}
