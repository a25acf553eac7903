using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Mcred.Cli.Commands
{
    /// <summary>Examples shown at the end of a command's own help (and not in its parent's list of commands).</summary>
    internal static class CommandExamples
    {
        private static readonly Dictionary<string, string[]> ByCommand = new Dictionary<string, string[]>();

        public static T With<T>(this T command, params string[] examples)
            where T : Command
        {
            lock (ByCommand)
            {
                ByCommand[command.Name] = examples;
            }

            return command;
        }

        /// <summary>The help option: the default help, then the command's examples.</summary>
        public static HelpOption Option()
        {
            var help = new HelpOption();
            if (help.Action is SynchronousCommandLineAction standard)
            {
                help.Action = new WithExamples(standard);
            }

            return help;
        }

        private sealed class WithExamples : SynchronousCommandLineAction
        {
            private readonly SynchronousCommandLineAction _standard;

            public WithExamples(SynchronousCommandLineAction standard)
            {
                _standard = standard;
            }

            /// <summary>Like the standard help: asking for help is never a usage error, even without required arguments.</summary>
            public override bool ClearsParseErrors => true;

            public override int Invoke(ParseResult parseResult)
            {
                var code = _standard.Invoke(parseResult);
                string[]? examples;
                lock (ByCommand)
                {
                    ByCommand.TryGetValue(parseResult.CommandResult.Command.Name, out examples);
                }

                if (examples != null && examples.Length > 0)
                {
                    var output = parseResult.InvocationConfiguration.Output;
                    output.WriteLine("Examples:");
                    foreach (var example in examples)
                    {
                        output.WriteLine("  " + example);
                    }

                    output.WriteLine();
                }

                return code;
            }
        }
    }
}
