using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Cli.Output;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred new DIR</c>: a starter workspace from the seeds and a commented sample plan; never overwrites.</summary>
    internal static class NewCommand
    {
        public const string PlanFile = "plan.mcred";

        public static Command Create(CliContext context)
        {
            var dir = new Argument<string>("DIR") { Description = "The folder to create the workspace in (created if missing)." };
            var command = new Command("new", "Create a starter workspace: the soft-skill seed library and a commented sample credential.") { dir }
                .With("mcred new credentials");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, result.GetValue(dir)!, context.Today)));
            return command;
        }

        public static int Run(CliContext context, string dir, DateTime today)
        {
            var folder = context.FullPath(dir);
            var files = new SortedDictionary<string, string>(Resources.Seeds(), StringComparer.Ordinal)
            {
                [PlanFile] = SamplePlan(today),
            };

            var existing = files.Keys.Where(name => File.Exists(Path.Combine(folder, name)) || Directory.Exists(Path.Combine(folder, name))).ToList();
            if (existing.Count > 0)
            {
                throw new CliException($"{dir} already has {string.Join(", ", existing)}: nothing was written (move them or pick another folder)");
            }

            foreach (var pair in files)
            {
                AtomicFile.Write(Path.Combine(folder, pair.Key), pair.Value, new UTF8Encoding(false), context.DisplayPath(Path.Combine(folder, pair.Key)), createFolder: true);
                context.Output.WriteLine("created " + context.DisplayPath(Path.Combine(folder, pair.Key)));
            }

            // The next steps, runnable as printed: from a clone that is 'dotnet run --project ...', not a missing 'mcred'.
            var mcred = Invocation.Command(context);
            var plan = context.DisplayPath(Path.Combine(folder, PlanFile));
            var shown = dir.Contains(' ', StringComparison.Ordinal) ? "\"" + dir + "\"" : dir;
            context.Output.WriteLine($"Next: edit {plan} (a worked example: make it your plan), then check it and see it as a report:");
            context.Output.WriteLine($"  {mcred} check {shown}");
            context.Output.WriteLine($"  {mcred} report {shown} --output plan.html");
            return ExitCodes.Success;
        }

        /// <summary>
        /// The starter plan: a small, real worked example (one credential of a community college's data programme) that
        /// checks clean, so the user edits working content instead of filling in placeholders that would pass as real.
        /// Its skills are reviewed today so the half-lives start now.
        /// </summary>
        public static string SamplePlan(DateTime today) => $@"# A worked example to start from: a community college's first data credential.
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
