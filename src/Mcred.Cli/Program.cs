using System;
using System.IO;
using Mcred.Cli;

var context = new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), DateTime.Today,
    outputIsTerminal: !Console.IsOutputRedirected,
    noColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
return CliRunner.Run(args, context);
