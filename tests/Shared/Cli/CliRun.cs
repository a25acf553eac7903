using System;
using System.IO;
using System.Text;
using Mcred.Cli;

namespace Mcred.TestSupport
{
    /// <summary>A temporary folder to run <c>mcred</c> in, in-process, with captured stdout and stderr.</summary>
    internal sealed class CliRun : IDisposable
    {
        public CliRun()
        {
            Folder = Path.Combine(Path.GetTempPath(), "mcred-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
        }

        /// <summary>Runs in an existing folder (removed with the run).</summary>
        public CliRun(string folder)
        {
            Folder = folder;
        }

        public string Folder { get; }
        public string Stdout { get; private set; } = string.Empty;
        public string Stderr { get; private set; } = string.Empty;

        public CliRun Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

        public CliRun WriteBytes(string relativePath, byte[] bytes)
        {
            var full = Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            return this;
        }

        public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

        /// <summary>The date every run treats as today (where <c>mcred_today</c> is not set): fixed, so no test depends on the clock.</summary>
        public static readonly DateTime Today = new DateTime(2026, 11, 28);

        /// <summary>Run as if stdout were a terminal.</summary>
        public bool Terminal { get; set; }

        /// <summary>Run as if NO_COLOR were set.</summary>
        public bool NoColor { get; set; }

        /// <summary>What the run reads as standard input.</summary>
        public string Stdin { get; set; } = string.Empty;

        /// <summary>Run as the native build does: commands that load code go to this instead (null: run them here).</summary>
        public System.Func<string[], int>? HandOff { get; set; }

        public int Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = CliRunner.Run(args, new CliContext(stdout, stderr, Folder, Today, Terminal, NoColor) { Input = new StringReader(Stdin), HandOff = HandOff });
            Stdout = stdout.ToString();
            Stderr = stderr.ToString();
            return code;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
