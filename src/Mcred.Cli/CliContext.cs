using System.IO;

namespace Mcred.Cli
{
    /// <summary>Where a command writes and what it treats as the current folder: the process's, or a test's.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, string currentDirectory, System.DateTime today, bool outputIsTerminal = false, bool noColor = false)
        {
            Today = today.Date;
            Output = output;
            Error = error;
            CurrentDirectory = currentDirectory;
            OutputIsTerminal = outputIsTerminal;
            NoColor = noColor;
        }

        /// <summary>Standard input (for <c>--files-from -</c>); empty unless the process or a test provides it.</summary>
        public TextReader Input { get; init; } = TextReader.Null;

        /// <summary>
        /// Set by a build that cannot load code (<see cref="CodeLoading"/>): commands that need it (custom rules,
        /// the language server) are given, with the original arguments, to this instead of run here.
        /// </summary>
        public System.Func<string[], int>? HandOff { get; init; }

        /// <summary>Cancelled by Ctrl+C (or a test): long-running commands (<c>check --watch</c>) stop and exit 0.</summary>
        public System.Threading.CancellationToken Cancellation { get; init; }

        public TextWriter Output { get; }
        public TextWriter Error { get; }
        public string CurrentDirectory { get; }

        /// <summary>"Today" where <c>mcred_today</c> is not set: the local date when the command started, or a test's fixed date.</summary>
        public System.DateTime Today { get; }

        /// <summary>
        /// The date as it is now, for commands that run for days (the language server, <c>--watch</c>): the machine's
        /// clock in the process, <see cref="Today"/> unless a test sets it.
        /// </summary>
        public System.Func<System.DateTime>? Clock { get; init; }

        /// <summary>Today as of now: <see cref="Clock"/>, else the fixed <see cref="Today"/>.</summary>
        public System.DateTime Now => (Clock?.Invoke() ?? Today).Date;

        /// <summary>Whether stdout is a terminal (a person reads it) rather than a file or a pipe.</summary>
        public bool OutputIsTerminal { get; }

        /// <summary>The user asked for no colour (the <c>NO_COLOR</c> convention).</summary>
        public bool NoColor { get; }

        /// <summary>Colour only for a person at a terminal who did not opt out.</summary>
        public bool UseColor => OutputIsTerminal && !NoColor;

        public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

        /// <summary>'/'-separated path relative to the current folder, as JSON, SARIF and text output show it.</summary>
        public string DisplayPath(string fullPath) => Path.GetRelativePath(CurrentDirectory, fullPath).Replace('\\', '/');
    }
}
