using System;
using System.IO;
using Mcred.Cli;

var context = new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), outputIsTerminal: !Console.IsOutputRedirected);
return CliRunner.Run(args, context);
