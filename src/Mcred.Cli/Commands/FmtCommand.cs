using System.CommandLine;
using Mcred.Cli.Input;
using Mcred.Workspace;
using Mcred.Cli.Output;
using Mcred.Diagnostics;
using Mcred.Formatting;
using Mcred.Syntax;
using Mcred.Tooling.Files;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred fmt [--check] [PATH...]</c>: rewrite files in the canonical layout; never a file with a syntax error.</summary>
    internal static class FmtCommand
    {
        public static Command Create(CliContext context)
        {
            var paths = CommonOptions.Paths("Files or folders to format (folders recursively).");
            var check = new Option<bool>("--check") { Description = "Write nothing; list the files that would change and exit 1 if any would." };
            var exclude = CommonOptions.Exclude();
            var command = new Command("fmt", "Format .mcred files: canonical order and indentation, comments kept, values unchanged.") { paths, check, exclude }
                .With("mcred fmt", "mcred fmt --check plans/");
            command.SetAction(result => CliRunner.Guard(context, () => Run(context, result.GetValue(paths)!, result.GetValue(check), result.GetValue(exclude)!)));
            return command;
        }

        public static int Run(CliContext context, string[] paths, bool checkOnly, string[]? excludes = null)
        {
            var failed = false;
            var changed = 0;
            var files = WorkspaceDiscovery.FindPlans(DiskFileSystem.Instance, paths, context.CurrentDirectory, excludes);
            foreach (var path in files)
            {
                var file = SourceFile.Read(path, context);
                var syntax = Parser.Parse(path, Microsoft.CodeAnalysis.Text.SourceText.From(file.Text));
                var formatted = Formatter.Format(syntax);
                if (formatted == null)
                {
                    failed = true;
                    foreach (var error in syntax.Errors)
                    {
                        var diagnostic = McredChecker.SyntaxDiagnostic(path, syntax.Text, error);
                        context.Output.WriteLine(Mcred.Tooling.SafeText.Escape(DiagnosticLine.Format(diagnostic, file.DisplayPath)));
                    }

                    context.Output.WriteLine($"{file.DisplayPath}: not formatted: fix the syntax error first");
                    continue;
                }

                if (formatted == file.Text)
                {
                    continue;
                }

                changed++;
                if (checkOnly)
                {
                    context.Output.WriteLine($"{file.DisplayPath}: would be reformatted");
                    failed = true;
                }
                else
                {
                    AtomicFile.Write(path, formatted, file.Encoding, file.DisplayPath, expectedCurrent: file.Text);
                    context.Output.WriteLine($"{file.DisplayPath}: formatted");
                }
            }

            context.Output.WriteLine(checkOnly
                ? $"{changed} of {files.Count} file{(files.Count == 1 ? string.Empty : "s")} would be reformatted"
                : $"{changed} of {files.Count} file{(files.Count == 1 ? string.Empty : "s")} reformatted");
            return failed ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}
