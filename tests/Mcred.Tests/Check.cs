using System.Collections.Generic;
using System.Linq;
using Mcred.Workspace;

namespace Mcred.Tests
{
    /// <summary>Helpers: check text as a one-file (or few-file) workspace and read the diagnostics compactly.</summary>
    internal static class Check
    {
        public static CheckResult Text(string text, string path = "/ws/plan.mcred") =>
            McredChecker.Check(new[] { new McredSource(path, text) });

        public static CheckResult Files(params (string Path, string Text)[] files) =>
            McredChecker.Check(files.Select(f => new McredSource(f.Path, f.Text)));

        /// <summary>"MCR0002@3:18" for each diagnostic, in output order.</summary>
        public static List<string> Where(string text) => Where(Text(text));

        public static List<string> Where(CheckResult result) =>
            result.Diagnostics.Select(d => $"{d.Id}@{d.Location.Line}:{d.Location.Column}").ToList();

        /// <summary>IDs of compiler diagnostics only (MCR00xx), for binder and parser tests.</summary>
        public static List<string> Compiler(string text) =>
            Where(Text(text)).Where(s => s.StartsWith("MCR00")).ToList();
    }
}
