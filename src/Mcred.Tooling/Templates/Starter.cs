using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Mcred.Tooling.Templates
{
    /// <summary>
    /// What <c>mcred new</c> writes and the browser's Templates offer: the worked starter plan beside the seed files,
    /// and the repository's examples (embedded, so an installed tool and a static page carry them).
    /// </summary>
    internal static class Starter
    {
        public const string PlanFile = "plan.mcred";

        private static readonly Assembly Assembly = typeof(Starter).Assembly;

        /// <summary>The seeds and the starter plan, by file name in name order.</summary>
        public static SortedDictionary<string, string> Files(DateTime today)
        {
            var files = Embedded("seeds/");
            files[PlanFile] = Plan(today);
            return files;
        }

        /// <summary>Each bundled example by name, its files by path relative to the example's folder.</summary>
        public static SortedDictionary<string, SortedDictionary<string, string>> Examples()
        {
            var examples = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var pair in Embedded("examples/"))
            {
                var slash = pair.Key.IndexOf('/');
                var name = pair.Key.Substring(0, slash);
                if (!examples.TryGetValue(name, out var files))
                {
                    examples[name] = files = new SortedDictionary<string, string>(StringComparer.Ordinal);
                }

                files[pair.Key.Substring(slash + 1)] = pair.Value;
            }

            return examples;
        }

        private static SortedDictionary<string, string> Embedded(string prefix)
        {
            var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in Assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    using var reader = new StreamReader(Assembly.GetManifestResourceStream(name)!);
                    found[name.Substring(prefix.Length)] = reader.ReadToEnd();
                }
            }

            return found;
        }

        /// <summary>
        /// The starter plan: a small, real worked example (one credential of a community college's data programme) that
        /// checks clean, so the user edits working content instead of filling in placeholders that would pass as real.
        /// Its skills are reviewed today so the half-lives start now.
        /// </summary>
        public static string Plan(DateTime today) => $@"# A worked example to start from: a community college's first data credential.
# Make it yours: change the IDs, names and texts to your own plan, keep what fits and delete the rest,
# then check it. Every finding says what to change and how.
# The soft skills in soft-skills.mcred are ready to bundle: most credentials need some.

# Who issues the credential, and what learners get there that they cannot get elsewhere.
issuer riverside-college ""Riverside Community College"" {{
  value ""Evening classes taught by working analysts, with a portfolio project reviewed by local employers""
}}

# Who the credential is for: specific enough to design for.
persona career-changer ""Career changer"" {{
  description ""Adult in a non-technical job who wants a first data analyst role within a year""
  goal ""Show a hiring manager a portfolio of real analyses""
}}

# Who accepts the credential, and what it unlocks with them.
recognizer regional-employers ""Regional employers' network"" {{
  kind employer
  outcome ""A first-round interview for junior analyst openings""
}}

category data-analysis ""Data analysis"" {{
  type technical
  description ""Getting, cleaning and summarising data to answer a business question""
}}

# Every skill: a category, a tweet-length why, and a half-life after which it is reviewed.
skill spreadsheet-analysis ""Spreadsheet analysis"" {{
  category data-analysis
  why ""Most business data still lives in spreadsheets: an analyst who can clean, pivot and chart it answers questions in the first week.""
  half-life 3y
  reviewed {today:yyyy-MM-dd}
}}

skill sql-querying ""SQL querying"" {{
  category data-analysis
  why ""Company data sits in databases; an analyst who can query it gets answers without waiting for an engineer.""
  half-life 5y
  reviewed {today:yyyy-MM-dd}
}}

# A credential bundles technical skills with the soft skills that make them count.
credential data-analytics-foundations ""Data Analytics Foundations"" {{
  issuer riverside-college
  for career-changer
  recognized-by regional-employers
  skills spreadsheet-analysis, sql-querying, communication, critical-thinking
  description ""Clean, query and present business data, and explain what it means to the people who decide""
}}
";
    }
}
