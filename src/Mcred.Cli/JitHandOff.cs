using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

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
        private const string Folder = "jit";

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

            if (args.Length > 0 && args[0] == "lsp")
            {
                // The build's server GC without background collection suits a batch check; an editor's server waits
                // on every check, and a blocking collection of a large workspace paused an edit by 400 ms. A user's own
                // setting wins.
                start.Environment.TryAdd("DOTNET_gcServer", "0");
                start.Environment.TryAdd("DOTNET_gcConcurrent", "1");
            }

            using var child = Process.Start(start)!;

            // A signal sent to this process (an editor stopping its server, a CI runner cancelling a job) is passed on,
            // and this process waits for the child's own ending instead of leaving it behind. Ctrl+C at a terminal
            // reaches both anyway; a second SIGINT is harmless to a process that treats the first as "stop".
            var forwarded = new List<PosixSignalRegistration>();
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
            {
                forwarded.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    Forward(child, context.Signal);
                }));
            }

            try
            {
                child.WaitForExit();
                return child.ExitCode;
            }
            finally
            {
                forwarded.ForEach(registration => registration.Dispose());
            }
        }

        private static void Forward(Process child, PosixSignal signal)
        {
            // PosixSignal's values are not the platform's numbers; these are Linux's (the only native build).
            var number = signal switch
            {
                PosixSignal.SIGHUP => 1,
                PosixSignal.SIGINT => 2,
                PosixSignal.SIGQUIT => 3,
                _ => 15,
            };
            try
            {
                if (!child.HasExited)
                {
                    _ = Kill(child.Id, number);
                }
            }
            catch (InvalidOperationException)
            {
                // Ended in between: nothing to pass on.
            }
        }

        [DllImport("libc", EntryPoint = "kill")]
        private static extern int Kill(int pid, int signal);
    }
}
