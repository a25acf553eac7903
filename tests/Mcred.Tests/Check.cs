using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Configuration;
using Mcred.Workspace;

namespace Mcred.Tests
{
    /// <summary>Helpers: check text as a one-file (or few-file) workspace and read the diagnostics compactly.</summary>
    internal static class Check
    {
        /// <summary>Every test checks against this date, never the machine's: the suite passes on any day.</summary>
        public static readonly System.DateTime Today = new System.DateTime(2026, 11, 28);

        public static CheckResult Text(string text, string path = "/ws/plan.mcred") =>
            McredChecker.Check(new[] { new McredSource(path, text) }, McredConfiguration.Defaults(Today));

        /// <summary>Checks with <c>mcred_*</c> options given as "key=value" pairs (keys as in .editorconfig).</summary>
        public static CheckResult WithOptions(string text, params string[] options)
        {
            var values = options.Select(o => o.Split('=', 2)).ToDictionary(p => p[0].ToLowerInvariant(), p => p[1]);
            var configuration = new McredConfiguration(_ => new DictionaryOptionSource(values), Today);
            return McredChecker.Check(new[] { new McredSource("/ws/plan.mcred", text) }, configuration);
        }

        public static CheckResult Files(params (string Path, string Text)[] files) =>
            McredChecker.Check(files.Select(f => new McredSource(f.Path, f.Text)), McredConfiguration.Defaults(Today));

        /// <summary>"MCR0002@3:18" for each diagnostic, in output order.</summary>
        public static List<string> Where(string text) => Where(Text(text));

        public static List<string> Where(CheckResult result) =>
            result.Diagnostics.Select(d => $"{d.Id}@{d.Location.Line}:{d.Location.Column}").ToList();

        /// <summary>IDs of compiler diagnostics only (MCR00xx), for binder and parser tests.</summary>
        public static List<string> Compiler(string text) =>
            Where(Text(text)).Where(s => s.StartsWith("MCR00")).ToList();

        /// <summary>Diagnostics of one ID, as "line:column".</summary>
        public static List<string> Of(CheckResult result, string id) =>
            result.Diagnostics.Where(d => d.Id == id).Select(d => $"{d.Location.Line}:{d.Location.Column}").ToList();
    }
}
