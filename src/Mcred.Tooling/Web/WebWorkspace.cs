using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.Tooling.Files;
using Mcred.Tooling.Language;
using Mcred.Workspace;

namespace Mcred.Tooling.Web
{
    /// <summary>
    /// The browser edition's workspace: files by path relative to its root, held in memory and checked exactly as
    /// <c>mcred check</c> checks the same files on disk (one discovery, one configuration loader, one checker).
    /// A check runs when something asks for it after a change, reusing the parse of every file that did not change.
    /// </summary>
    internal sealed class WebWorkspace
    {
        /// <summary>Where the files live in memory; every path shown is relative to it.</summary>
        public const string Root = "/workspace";

        private static readonly string[] Roots = { Root };
        private readonly MemoryFileSystem files = new MemoryFileSystem();
        private readonly Dictionary<string, SyntaxFile> parses = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);
        private DateTime today;
        private PlanSnapshot? snapshot;

        public WebWorkspace(DateTime today) => this.today = today.Date;

        /// <summary>Why the last check found nothing to check (every plan excluded, say), or null.</summary>
        public string? Problem { get; private set; }

        public DateTime Today
        {
            get => today;
            set
            {
                today = value.Date;
                snapshot = null;
            }
        }

        public IEnumerable<string> Paths => files.Paths.Select(Relative).OrderBy(p => p, StringComparer.Ordinal);

        /// <summary>The current check, made now if anything changed since the last one.</summary>
        public PlanSnapshot Current => snapshot ??= new PlanSnapshot(CheckNow());

        public void Replace(IEnumerable<KeyValuePair<string, string>> workspace)
        {
            foreach (var path in files.Paths.ToList())
            {
                files.Delete(path);
            }

            parses.Clear();
            foreach (var pair in workspace)
            {
                files.Write(Full(pair.Key), pair.Value);
            }

            snapshot = null;
        }

        public void Put(string path, string text)
        {
            files.Write(Full(path), text);
            snapshot = null;
        }

        public bool Remove(string path)
        {
            parses.Remove(Full(path));
            snapshot = null;
            return files.Delete(Full(path));
        }

        public string? Text(string path) => files.ReadIfPresent(Full(path));

        /// <summary>The full in-memory path of a workspace path; a path that climbs out or is not relative is refused.</summary>
        public static string Full(string path)
        {
            if (WorkspacePath.Problem(path) is string problem)
            {
                throw new ToolingException(problem);
            }

            return Root + "/" + path;
        }

        public static string Relative(string fullPath) =>
            fullPath.StartsWith(Root + "/", StringComparison.Ordinal) ? fullPath.Substring(Root.Length + 1) : fullPath;

        /// <summary>The syntax of a checked plan, or null when the path is not one (a config file, a file not checked).</summary>
        public SyntaxFile? Plan(string path) => Current.File(Full(path));

        /// <summary>A message as the page shows it: workspace paths relative, the in-memory root never named.</summary>
        public static string InWords(string message) => message.Replace(Root + "/", string.Empty).Replace(Root, "the workspace");

        private CheckResult CheckNow()
        {
            Problem = null;
            try
            {
                return WorkspaceDiscovery.Check(files, Roots, Root, null, today, null, Parse);
            }
            catch (McredInputException e)
            {
                // Nothing to check (no plan yet, or every one excluded): the page says so and shows no findings.
                Problem = files.Paths.Any(p => p.EndsWith(".mcred", StringComparison.Ordinal))
                    ? InWords(e.Message)
                    : "no .mcred files yet: add one with New file, or pick a template";
                var none = Array.Empty<string>();
                return McredChecker.Check(Array.Empty<McredSource>(), WorkspaceDiscovery.Configuration(files, none, Roots, RuleRegistry.Default, today));
            }
        }

        private SyntaxFile Parse(McredSource source)
        {
            if (parses.TryGetValue(source.Path, out var parsed) && parsed.Text.ContentEquals(source.Text))
            {
                return parsed;
            }

            parsed = Parser.Parse(source.Path, source.Text);
            parses[source.Path] = parsed;
            return parsed;
        }
    }
}
