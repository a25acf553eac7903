using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Cli.Output;
using Mcred.Tooling.Import;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred import esco|ctdl|lightcast PATH --output DIR</c>: a skills taxonomy as a .mcred workspace; never overwrites.</summary>
    internal static class ImportCommand
    {
        public static Command Create(CliContext context)
        {
            var import = new Command("import", "Import a skills taxonomy as a .mcred workspace.")
                .With("mcred import esco esco-v1.1.1-classification-en-csv.zip --output esco", "mcred import ctdl onet-basic-skills-ctdl-asn.json --output onet", "mcred import lightcast lightcast-skills.json --prefix lc --output lightcast");
            var relations = new Option<string?>("--relations")
            {
                Description = "The ESCO relations CSV zip (or its folder, or occupationSkillRelations.csv): also import occupations with their essential and optional skills.",
            };
            import.Subcommands.Add(Sub(context, "esco", "ESCO classification: the CSV zip, its folder, or its skills_en.csv.", (path, prefix, result) => EscoImporter.Import(path, prefix, result.GetValue(relations) is string r ? context.FullPath(r) : null), relations));
            import.Subcommands.Add(Sub(context, "ctdl", "A CTDL-ASN competency framework in JSON-LD (such as O*NET's).", (path, prefix, _) => CtdlImporter.Import(path, prefix)));
            import.Subcommands.Add(Sub(context, "lightcast", "Lightcast (Emsi) Open Skills records as the Open Skills API returns them, downloaded with your own API credentials (docs/import.md).", (path, prefix, _) => LightcastImporter.Import(path, prefix, context.DisplayPath(path))));
            return import;
        }

        private static Command Sub(CliContext context, string name, string description, System.Func<string, string, ParseResult, ImportedWorkspace> importer, Option? extra = null)
        {
            var path = new Argument<string>("PATH") { Description = "The file (or folder) to import." };
            var output = new Option<string>("--output", "-o") { Description = "The folder to write the workspace to (created if missing).", DefaultValueFactory = _ => name };
            var prefix = new Option<string>("--prefix")
            {
                Description = "Put this in front of every imported ID (e.g. '" + name + "' gives '" + name + "-sql'), so imports collide neither with each other nor with your own IDs.",
                DefaultValueFactory = _ => string.Empty,
            };
            prefix.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<string>() ?? string.Empty;
                if (value.Length > 0 && !Mcred.Syntax.CharFacts.IsIdentifier(value))
                {
                    result.AddError($"--prefix '{value}' is not an ID: use letters, digits, '-' and '_', starting with a letter");
                }
            });
            var command = new Command(name, description) { path, output, prefix }.With("mcred import " + name + " PATH --output " + name, "mcred import " + name + " PATH --prefix " + name + " --output " + name);
            if (extra != null)
            {
                command.Options.Add(extra);
            }

            command.SetAction(result => CliRunner.Guard(context, () => Run(context, (p, x) => importer(p, x, result), result.GetValue(path)!, result.GetValue(output)!, result.GetValue(prefix)!)));
            return command;
        }

        private static int Run(CliContext context, System.Func<string, string, ImportedWorkspace> importer, string path, string output, string prefix)
        {
            var workspace = importer(context.FullPath(path), prefix);
            var folder = context.FullPath(output);
            var files = workspace.Files();
            var existing = files.Where(f => File.Exists(Path.Combine(folder, f.Name))).Select(f => f.Name).ToList();
            if (existing.Count > 0)
            {
                throw new CliException($"{output} already has {string.Join(", ", existing.Take(5))}{(existing.Count > 5 ? ", ..." : string.Empty)}: nothing was written");
            }

            foreach (var (name, text) in files)
            {
                AtomicFile.Write(Path.Combine(folder, name), text, new UTF8Encoding(false), context.DisplayPath(Path.Combine(folder, name)), createFolder: true);
            }

            var occupations = workspace.OccupationCount > 0 ? $" and {workspace.OccupationCount} occupations" : string.Empty;
            context.Output.WriteLine($"imported {workspace.SkillCount} skills{occupations} into {files.Count} files in {context.DisplayPath(folder)}");
            if (workspace.SkippedRecords > 0)
            {
                context.Output.WriteLine($"skipped {workspace.SkippedRecords} record{(workspace.SkippedRecords == 1 ? string.Empty : "s")} with an empty label or URI");
            }

            if (workspace.SkippedRemoved > 0)
            {
                context.Output.WriteLine($"skipped {workspace.SkippedRemoved} removed skill{(workspace.SkippedRemoved == 1 ? string.Empty : "s")}");
            }

            if (workspace.SkippedRelations > 0)
            {
                context.Output.WriteLine($"skipped {workspace.SkippedRelations} relations naming an occupation or skill the classification does not have");
            }
            return ExitCodes.Success;
        }
    }
}
