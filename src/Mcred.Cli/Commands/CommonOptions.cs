using System.CommandLine;
using System.Text;
using Mcred.Cli.Output;

namespace Mcred.Cli.Commands
{
    /// <summary>Arguments and options several commands share, declared once.</summary>
    internal static class CommonOptions
    {
        public static Argument<string[]> Paths(string description) => new Argument<string[]>("PATH")
        {
            Description = description + " Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => new[] { "." },
        };

        public static Option<string?> Output() => new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (atomically) instead of standard output.",
        };

        public static Option<string[]> Exclude() => new Option<string[]>("--exclude")
        {
            Description = "Leave out .mcred files matching this glob (relative to the current folder, e.g. 'tests/fixtures/**'); may be repeated. .mcredignore files (gitignore syntax) apply too.",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => System.Array.Empty<string>(),
        };

        public static Option<string[]> Rules() => new Option<string[]>("--rules")
        {
            Description = "Load custom rules (public McredRule classes) from this assembly; may be repeated.",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => System.Array.Empty<string>(),
        };

        /// <summary>Prints to stdout, or writes the file atomically when --output is given.</summary>
        public static void Emit(CliContext context, string? output, string content)
        {
            if (output == null)
            {
                context.Output.Write(content);
            }
            else
            {
                AtomicFile.Write(context.FullPath(output), content, new UTF8Encoding(false), output);
            }
        }
    }
}
