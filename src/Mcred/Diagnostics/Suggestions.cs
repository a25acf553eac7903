using System;
using System.Collections.Generic;

namespace Mcred.Diagnostics
{
    /// <summary>"Did you mean" by edit distance (optimal string alignment: a swap of two letters is one edit).</summary>
    internal static class Suggestions
    {
        /// <summary>The candidate nearest to <paramref name="name"/>, if near enough to be a plausible typo.</summary>
        public static string? Nearest(string name, IEnumerable<string> candidates)
        {
            var unlimited = long.MaxValue;
            return Nearest(name, candidates, ref unlimited);
        }

        /// <summary>
        /// As <see cref="Nearest(string, IEnumerable{string})"/>, spending at most <paramref name="budget"/> character
        /// comparisons: a workspace with many undefined names gets suggestions until the budget is spent, never a
        /// quadratic wait.
        /// </summary>
        public static string? Nearest(string name, IEnumerable<string> candidates, ref long budget)
        {
            var limit = MaxDistance(name);
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                if (Math.Abs(candidate.Length - name.Length) > limit || candidate == name)
                {
                    continue;
                }

                budget -= (long)candidate.Length * name.Length;
                if (budget < 0)
                {
                    return null;
                }

                var d = Distance(name, candidate, Math.Min(limit, bestDistance));
                if (d < bestDistance || (d == bestDistance && best != null && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = d;
                }
            }

            return bestDistance <= limit ? best : null;
        }

        /// <summary>
        /// As <see cref="Nearest(string, IEnumerable{string})"/>, and also a candidate the name contains or that contains
        /// the name (<c>softskill</c> → <c>soft</c>), for small closed sets such as enum values.
        /// </summary>
        public static string? NearestOrContained(string name, IEnumerable<string> candidates)
        {
            var list = new List<string>(candidates);
            var near = Nearest(name, list);
            if (near != null)
            {
                return near;
            }

            foreach (var candidate in list)
            {
                if (candidate.Length >= 3 && (name.StartsWith(candidate, StringComparison.OrdinalIgnoreCase) || candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Typos allowed: one for short names, up to a third of the name, at most three.</summary>
        internal static int MaxDistance(string name) => Math.Max(1, Math.Min(3, name.Length / 3));

        /// <summary>Case-insensitive OSA distance; returns a value above <paramref name="limit"/> as soon as it is exceeded.</summary>
        internal static int Distance(string a, string b, int limit)
        {
            var n = a.Length;
            var m = b.Length;
            var previous2 = new int[m + 1];
            var previous = new int[m + 1];
            var current = new int[m + 1];
            for (var j = 0; j <= m; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= n; i++)
            {
                current[0] = i;
                var rowMin = current[0];
                for (var j = 1; j <= m; j++)
                {
                    var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                    var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        value = Math.Min(value, previous2[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }

                if (rowMin > limit)
                {
                    return limit + 1;
                }

                var spare = previous2;
                previous2 = previous;
                previous = current;
                current = spare;
            }

            return previous[m];
        }
    }
}
