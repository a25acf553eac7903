using System;
using System.IO;
using System.Threading;
using Mcred.Cli;

// Ctrl+C ends a watch cleanly (exit 0) instead of killing the process mid-write.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var context = new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), DateTime.Today,
    outputIsTerminal: !Console.IsOutputRedirected,
    noColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    Input = Console.In,
    Clock = () => DateTime.Today,
    Cancellation = cancellation.Token,
    HandOff = CodeLoading.IsSupported ? null : arguments => JitHandOff.Run(arguments, Console.Error),
};
return CliRunner.Run(args, context);
