using System;
using System.IO;
using Mcred.Cli;

namespace Mcred.Reliability.Tests
{
    /// <summary>A temporary folder and in-process runs of the CLI in it.</summary>
    internal sealed class Run : IDisposable
    {
        public Run()
        {
            Folder = Path.Combine(Path.GetTempPath(), "mcred-rel-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Folder);
        }

        public string Folder { get; }
        public string Stdout { get; private set; } = string.Empty;
        public string Stderr { get; private set; } = string.Empty;

        public int Cli(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = CliRunner.Run(args, new CliContext(stdout, stderr, Folder));
            Stdout = stdout.ToString();
            Stderr = stderr.ToString();
            return code;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
