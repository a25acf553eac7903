using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Cli.Import;
using Mcred.Cli.Output;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred import esco|ctdl PATH --output DIR</c>: a skills taxonomy as a .mcred workspace; never overwrites.</summary>
    internal static class ImportCommand
    {
        public static Command Create(CliContext context)
        {
            var import = new Command("import", "Import a skills taxonomy as a .mcred workspace.")
                .With("mcred import esco esco-v1.1.1-classification-en-csv.zip --output esco", "mcred import ctdl onet-basic-skills-ctdl-asn.json --output onet");
            import.Subcommands.Add(Sub(context, "esco", "ESCO classification: the CSV zip, its folder, or its skills_en.csv.", EscoImporter.Import));
            import.Subcommands.Add(Sub(context, "ctdl", "A CTDL-ASN competency framework in JSON-LD (such as O*NET's).", CtdlImporter.Import));
            return import;
        }

        private static Command Sub(CliContext context, string name, string description, System.Func<string, ImportedWorkspace> importer)
        {
            var path = new Argument<string>("PATH") { Description = "The file (or folder) to import." };
            var output = new Option<string>("--output", "-o") { Description = "The folder to write the workspace to (created if missing).", DefaultValueFactory = _ => name };
            var command = new Command(name, description) { path, output }.With("mcred import " + name + " PATH --output " + name);
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, importer, result.GetValue(path)!, result.GetValue(output)!)));
            return command;
        }

        private static int Run(CliContext context, System.Func<string, ImportedWorkspace> importer, string path, string output)
        {
            var workspace = importer(context.FullPath(path));
            var folder = context.FullPath(output);
            var files = workspace.Files();
            var existing = files.Where(f => File.Exists(Path.Combine(folder, f.Name))).Select(f => f.Name).ToList();
            if (existing.Count > 0)
            {
                throw new CliException($"{output} already has {string.Join(", ", existing.Take(5))}{(existing.Count > 5 ? ", ..." : string.Empty)}: nothing was written");
            }

            foreach (var (name, text) in files)
            {
                AtomicFile.Write(Path.Combine(folder, name), text, new UTF8Encoding(false));
            }

            context.Output.WriteLine($"imported {workspace.SkillCount} skills into {files.Count} files in {context.DisplayPath(folder)}");
            return ExitCodes.Success;
        }
    }
}
