using System.Diagnostics;
using Xunit;

namespace Mcred.TestSupport
{
    /// <summary>A Unix tool a test needs to set the scene (mkfifo, ln, chmod); its failure fails the test with its message.</summary>
    internal static class UnixTool
    {
        public static void Run(string program, params string[] args)
        {
            var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        }
    }
}
