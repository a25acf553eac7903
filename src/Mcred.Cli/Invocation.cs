using System;
using System.IO;

namespace Mcred.Cli
{
    /// <summary>
    /// How the user runs this very program, for advice such as "next, run ... check DIR": <c>mcred</c> once installed
    /// as a tool, but <c>dotnet run --project src/Mcred.Cli --</c> when it runs from a clone, where no <c>mcred</c>
    /// is on PATH yet (advice naming a command that does not exist is the first thing a new user trips over).
    /// </summary>
    internal static class Invocation
    {
        public const string Installed = "mcred";

        /// <summary>The command prefix for <paramref name="context"/>'s current folder.</summary>
        public static string Command(CliContext context) => Command(AppContext.BaseDirectory, context.CurrentDirectory);

        /// <summary>From the program's folder: a tool store or no project above it means installed; else run the project.</summary>
        public static string Command(string programFolder, string currentDirectory)
        {
            if (programFolder.Replace('\\', '/').Contains("/.store/", StringComparison.Ordinal))
            {
                return Installed;
            }

            for (var dir = programFolder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            {
                var project = Path.Combine(dir, "src", "Mcred.Cli", "Mcred.Cli.csproj");
                if (File.Exists(project))
                {
                    var relative = Path.GetRelativePath(currentDirectory, Path.GetDirectoryName(project)!).Replace('\\', '/');
                    return $"dotnet run --project {(relative.Contains(' ', StringComparison.Ordinal) ? "\"" + relative + "\"" : relative)} --";
                }
            }

            return Installed;
        }
    }
}
