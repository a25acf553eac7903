using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Mcred.Cli.Commands;
using Mcred.Cli.Output;
using Mcred.Tooling;
using Mcred.Tooling.Export;

namespace Mcred.Cli.Export
{
    /// <summary><c>mcred export ob3|ctdl [PATH...] --output ...</c>: the plan as Open Badges 3.0 or CTDL, for badge platforms and the Credential Registry.</summary>
    internal static class ExportCommand
    {

        public static Command Create(CliContext context)
        {
            var export = new Command("export", "Export the plan: Open Badges 3.0 achievements and issuer profiles, or a CTDL graph for the Credential Registry.")
                .With("mcred export ob3 plans --output badges --base-url https://badges.example.org/", "mcred export ctdl plans --output plan.ctdl.json");
            export.Subcommands.Add(Ob3(context));
            export.Subcommands.Add(Ctdl(context));
            return export;
        }

        private static Command Ob3(CliContext context)
        {
            var paths = CommonOptions.Paths("The plan's files or folders.");
            var output = new Option<string>("--output", "-o") { Description = "The folder for achievements/<credential-id>.json and issuers/<issuer-id>.json (other files in it are left alone).", Required = true };
            var baseUrl = BaseUrl();
            var exclude = CommonOptions.Exclude();
            var command = new Command("ob3", "One Open Badges 3.0 Achievement per credential and a Profile per issuer.") { paths, output, baseUrl, exclude }
                .With("mcred export ob3 plans --output badges", "mcred export ob3 plans --output badges --base-url https://badges.example.org/achievements/");
            command.SetAction(result => CliRunner.Guard(context, () =>
                RunOb3(context, result.GetValue(paths)!, result.GetValue(output)!, CheckedBaseUrl(result.GetValue(baseUrl)), result.GetValue(exclude))));
            return command;
        }

        private static Command Ctdl(CliContext context)
        {
            var paths = CommonOptions.Paths("The plan's files or folders.");
            var output = new Option<string>("--output", "-o") { Description = "The JSON-LD file to write.", Required = true };
            var language = new Option<string>("--language") { Description = "The language of the plan's text (a BCP 47 tag).", DefaultValueFactory = _ => "en" };
            var name = new Option<string?>("--name") { Description = "The competency framework's name. Default: from the plan's issuers (its CTID always comes from the plan)." };
            var allSkills = new Option<bool>("--all-skills") { Description = "Put every skill in the competency framework, the library skills no credential uses too. Default: the skills the credentials use." };
            var exclude = CommonOptions.Exclude();
            var command = new Command("ctdl", "One CTDL JSON-LD graph: organizations, credentials with their condition profiles, a competency framework of the skills they use.") { paths, output, language, name, allSkills, exclude }
                .With("mcred export ctdl plans --output plan.ctdl.json", "mcred export ctdl plans --output plan.ctdl.json --language nl", "mcred export ctdl library --output library.ctdl.json --all-skills");
            command.SetAction(result => CliRunner.Guard(context, () =>
                RunCtdl(context, result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(language)!, result.GetValue(name), result.GetValue(allSkills), result.GetValue(exclude))));
            return command;
        }

        private static Option<string?> BaseUrl() => new Option<string?>("--base-url")
        {
            Description = "Where achievements without a 'url' are published: an achievement's id is this URL followed by the credential's ID.",
        };

        private static string? CheckedBaseUrl(string? value)
        {
            try
            {
                return OpenBadgesExporter.CheckedBaseUrl(value);
            }
            catch (ToolingException e)
            {
                throw new CliException("--base-url " + e.Message);
            }
        }

        private static int RunOb3(CliContext context, string[] paths, string output, string? baseUrl, string[]? excludes)
        {
            var folder = OutputFolder(context, output);
            var plan = ExportedPlan.Load(context, paths, excludes);
            var documents = new OpenBadgesExporter(baseUrl).Documents(plan.Model, "pass --base-url");

            // The output folder is the command's to fill; nothing above it is created.
            AtomicFile.CreateFolder(folder, output);
            foreach (var document in documents)
            {
                var path = Path.Combine(folder, document.Key.Replace('/', Path.DirectorySeparatorChar));
                AtomicFile.Write(path, document.Value, new UTF8Encoding(false), context.DisplayPath(path), createFolder: true);
            }

            context.Output.WriteLine($"exported {Count(plan.Model.Credentials.Count, "achievement")} and {Count(plan.Model.Issuers.Count, "issuer profile")} to {context.DisplayPath(folder)}");
            return ExitCodes.Success;
        }

        private static int RunCtdl(CliContext context, string[] paths, string output, string language, string? name, bool allSkills, string[]? excludes)
        {
            var file = context.FullPath(output);
            if (Directory.Exists(file))
            {
                throw new CliException($"--output {output} is a folder: name the JSON-LD file to write");
            }

            var plan = ExportedPlan.Load(context, paths, excludes);
            OutputTarget.RefusePlanFile(file, plan.Files.Select(f => f.Path), "--output", output, "plan's", "write the export somewhere else");

            AtomicFile.Write(file, new CtdlExporter(language).Graph(plan, name, allSkills), new UTF8Encoding(false), context.DisplayPath(file));
            var library = allSkills ? 0 : PlanSkills.Library(plan.Model).Count;
            var competencies = plan.Model.Skills.Count - library;
            context.Output.WriteLine($"exported {Count(plan.Model.Credentials.Count, "credential")} and {Count(competencies, "competency", "competencies")} to {context.DisplayPath(file)}"
                + (library == 0 ? string.Empty : $" ({Count(library, "library skill")} that no credential uses left out: --all-skills exports them too)"));
            return ExitCodes.Success;
        }

        private static string OutputFolder(CliContext context, string output)
        {
            var folder = context.FullPath(output);
            if (File.Exists(folder))
            {
                throw new CliException($"--output {output} is a file: name a folder to write the achievements and profiles into");
            }

            return folder;
        }

        private static string Count(int n, string word, string? plural = null) => $"{n} {(n == 1 ? word : plural ?? word + "s")}";
    }
}
