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

            context.Output.WriteLine($"Next: edit {PlanFile}, then run 'mcred check {dir}'.");
            return ExitCodes.Success;
        }

        /// <summary>The sample plan; its skills are reviewed today so the half-lives start now.</summary>
        public static string SamplePlan(DateTime today) => $@"# A starter plan. Replace each placeholder with your own, then run `mcred check`.
# The soft skills in soft-skills.mcred are ready to bundle: most credentials need some.

# Who issues the credential, and what learners get from you that they cannot get elsewhere.
issuer your-organization ""Your organization"" {{
  value ""Projects reviewed by practitioners from partner employers""
}}

# Who the credential is for: specific enough to design for.
persona first-learner ""Your first learner"" {{
  description ""Early-career professional who wants proof of job-ready skills for a first promotion""
  goal ""Show a hiring manager evidence of skills that matter on the job""
}}

# Who accepts the credential, and what it unlocks with them.
recognizer partner-employer ""A partner employer"" {{
  kind employer
  outcome ""Guaranteed first-round interview""
}}

category core-practice ""Core practice"" {{
  type technical
  description ""The technical skills of the role""
}}

# Every skill: a category, a tweet-length why, and a half-life after which it is reviewed.
skill core-tool ""The core tool of the role"" {{
  category core-practice
  why ""Replace this: a tweet-length reason this skill matters to learners and employers.""
  half-life 3y
  reviewed {today:yyyy-MM-dd}
}}

credential starter ""Your first credential"" {{
  issuer your-organization
  for first-learner
  recognized-by partner-employer
  skills core-tool, communication, teamwork
  description ""Bundles a technical skill with the soft skills that make it count""
}}
";
    }
}
