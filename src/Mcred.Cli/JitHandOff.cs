using System;
using System.Diagnostics;
using System.IO;

namespace Mcred.Cli
{
    /// <summary>
    /// Runs a command that needs <see cref="CodeLoading"/> in the JIT build shipped beside the native executable
    /// (its <c>jit</c> folder): same arguments, folder and environment, and this process's standard input, output
    /// and error, so an editor talking to <c>mcred lsp</c> or a pipeline reading <c>check --rules</c> output cannot
    /// tell the difference. The exit code is the child's.
    /// </summary>
    internal static class JitHandOff
    {
        public const string Folder = "jit";

        public static int Run(string[] args, TextWriter error)
        {
            var host = Path.Combine(AppContext.BaseDirectory, Folder, OperatingSystem.IsWindows() ? "Mcred.Cli.exe" : "Mcred.Cli");
            if (!File.Exists(host))
            {
                error.WriteLine($"mcred: this native build cannot load custom rules or run the language server, and the full build that does is missing ({host}); reinstall the tool");
                return ExitCodes.UsageOrInput;
            }

            var start = new ProcessStartInfo(host) { UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // Ctrl+C reaches both processes; Program keeps this one alive (CancelKeyPress) until the child has ended.
            using var child = Process.Start(start)!;
            child.WaitForExit();
            return child.ExitCode;
        }
    }
}
