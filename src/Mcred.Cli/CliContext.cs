using System.IO;

namespace Mcred.Cli
{
    /// <summary>Where a command writes and what it treats as the current folder: the process's, or a test's.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, string currentDirectory, bool outputIsTerminal = false)
        {
            Output = output;
            Error = error;
            CurrentDirectory = currentDirectory;
            OutputIsTerminal = outputIsTerminal;
        }

        public TextWriter Output { get; }
        public TextWriter Error { get; }
        public string CurrentDirectory { get; }

        /// <summary>Colour is used only when stdout is a terminal and NO_COLOR is unset.</summary>
        public bool OutputIsTerminal { get; }

        public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

        /// <summary>'/'-separated path relative to the current folder, as JSON, SARIF and text output show it.</summary>
        public string DisplayPath(string fullPath) => Path.GetRelativePath(CurrentDirectory, fullPath).Replace('\\', '/');
    }
}
