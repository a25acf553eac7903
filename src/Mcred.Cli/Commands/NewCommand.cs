using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Mcred.Cli.Output;
using Mcred.Tooling.Templates;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred new DIR</c>: a starter workspace from the seeds and a commented sample plan; never overwrites.</summary>
    internal static class NewCommand
    {
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
            var files = Starter.Files(today);

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
            var plan = context.DisplayPath(Path.Combine(folder, Starter.PlanFile));
            var shown = dir.Contains(' ', StringComparison.Ordinal) ? "\"" + dir + "\"" : dir;
            context.Output.WriteLine($"Next: edit {plan} (a worked example: make it your plan), then check it and see it as a report:");
            context.Output.WriteLine($"  {mcred} check {shown}");
            context.Output.WriteLine($"  {mcred} report {shown} --output plan.html");
            return ExitCodes.Success;
        }
    }
}
