using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Rules;
using Mcred.Workspace;

namespace Mcred.Testing
{
    /// <summary>
    /// A workspace loaded from disk and checked with the configuration that applies to it: the checked model and every
    /// diagnostic, for custom assertions. Relative paths are resolved against the test assembly's output folder.
    /// </summary>
    public sealed class McredWorkspace
    {
        private readonly IReadOnlyList<McredRule> _customRules;

        private McredWorkspace(IReadOnlyList<string> paths, string root, IReadOnlyList<McredRule> customRules, DateTime? today)
        {
            Paths = paths;
            Root = root;
            _customRules = customRules;
            Today = today;
            Registry = customRules.Count == 0 ? RuleRegistry.Default : RuleRegistry.WithCustomRules(customRules);
            var result = McredChecker.CheckDisk(paths, root, today ?? System.DateTime.Today, Registry);
            Model = result.Model;
            Diagnostics = result.Diagnostics.Where(d => d.Severity > McredSeverity.Silent).ToList();
            Files = result.Files.Select(f => f.Path).ToList();
        }

        /// <summary>The files and folders the workspace was loaded from, as given.</summary>
        public IReadOnlyList<string> Paths { get; }

        /// <summary>The folder relative paths are resolved against, and shown relative to.</summary>
        public string Root { get; }

        /// <summary>The date used when <c>mcred_today</c> is not configured; null for the local date.</summary>
        public DateTime? Today { get; }

        public RuleRegistry Registry { get; }
        public McredModel Model { get; }

        /// <summary>Every reported diagnostic (silent ones excluded), sorted by path, line, column and ID.</summary>
        public IReadOnlyList<McredDiagnostic> Diagnostics { get; }

        /// <summary>Full paths of the .mcred files checked, in workspace order.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>Loads the .mcred files under the paths (files or folders) as one workspace.</summary>
        public static McredWorkspace Load(params string[] paths) => new McredWorkspace(paths, AppContext.BaseDirectory, Array.Empty<McredRule>(), null);

        /// <summary>The same files checked again with your own rules added to the built-in ones.</summary>
        public McredWorkspace WithRules(params McredRule[] rules) => new McredWorkspace(Paths, Root, _customRules.Concat(rules).ToList(), Today);

        /// <summary>The same files checked against a fixed date (where <c>mcred_today</c> is not configured).</summary>
        public McredWorkspace WithToday(DateTime today) => new McredWorkspace(Paths, Root, _customRules, today);

        public IEnumerable<McredDiagnostic> AtOrAbove(McredSeverity severity) => Diagnostics.Where(d => d.Severity >= severity);

        /// <summary>A diagnostic as a line of text: <c>path(line,col): severity ID: message</c>, the path relative to <see cref="Root"/>.</summary>
        public string Describe(McredDiagnostic d) => d.ToLine(DisplayPath(d.Location.Path));

        public string DisplayPath(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
    }
}
