using System;
using System.CommandLine;
using Mcred.LanguageServer;

namespace Mcred.Cli.Commands
{
    /// <summary><c>mcred lsp</c>: runs the language server over stdio until the client exits or closes stdin.</summary>
    internal static class LspCommand
    {
        public static Command Create(CliContext context)
        {
            var maxMessage = new Option<int>("--max-message-mb")
            {
                Description = "The largest message the server reads, in MB; a larger one is skipped unread with one logged line.",
                DefaultValueFactory = _ => Mcred.LanguageServer.Transport.LspTransport.DefaultMaxMessageMegabytes,
            };
            maxMessage.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError("--max-message-mb must be at least 1");
                }
            });
            var command = new Command("lsp", "Run the language server (LSP 3.17) over stdin/stdout, for editors. Logs go to stderr.") { maxMessage }.With("mcred lsp");
            command.SetAction(result =>
            {
                // A build without code loading hands lsp off before it gets here (CliRunner); the check lets trimming drop the server.
                if (!CodeLoading.IsSupported)
                {
                    context.Error.WriteLine("mcred: this build cannot run the language server");
                    return ExitCodes.UsageOrInput;
                }

                // stdout carries protocol messages only: everything else is written to stderr.
                using var server = new McredLanguageServer(Console.OpenStandardInput(), Console.OpenStandardOutput(), context.Error, () => context.Now, result.GetValue(maxMessage));
                return server.RunAsync().GetAwaiter().GetResult();
            });
            return command;
        }
    }
}
