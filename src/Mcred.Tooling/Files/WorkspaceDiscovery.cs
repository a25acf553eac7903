using System;
using System.Collections.Generic;
using Mcred.Configuration;
using Mcred.Files;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.Workspace;

namespace Mcred.Tooling.Files
{
    /// <summary>
    /// What every shell asks of a workspace, answered once over any <see cref="IPlanFileSystem"/>: which plans it holds
    /// (the walk, <c>--exclude</c> globs and <c>.mcredignore</c>), which options apply to them (<c>.editorconfig</c> and
    /// <c>.globalconfig</c> lookup), and their check. The CLI passes the disk, the language server its open buffers over
    /// the disk, the browser edition its memory.
    /// </summary>
    internal static class WorkspaceDiscovery
    {
        /// <summary>Full paths of the plans under <paramref name="paths"/> (resolved against <paramref name="baseDirectory"/>), in workspace order.</summary>
        public static List<string> FindPlans(IPlanFileSystem fileSystem, IReadOnlyList<string> paths, string baseDirectory, IReadOnlyCollection<string>? excludes = null) =>
            WorkspaceFiles.Find(fileSystem, paths, baseDirectory, new Exclusions(fileSystem, excludes ?? Array.Empty<string>(), baseDirectory).IsExcluded);

        /// <summary>
        /// As above, with exclusions the caller keeps (the language server asks them of open buffers too); an entry that
        /// cannot be used (a named pipe, a device, an unreadable folder) goes to <paramref name="skipped"/> and the walk
        /// goes on.
        /// </summary>
        public static List<string> FindPlans(IPlanFileSystem fileSystem, IReadOnlyList<string> paths, string baseDirectory, Exclusions exclusions, Action<McredInputException> skipped) =>
            WorkspaceFiles.Find(fileSystem, paths, baseDirectory, exclusions.IsExcluded, skipped);

        /// <summary>The options for <paramref name="plans"/>, with <c>.globalconfig</c> files looked up from <paramref name="checkedFolders"/>.</summary>
        public static McredConfiguration Configuration(IPlanFileSystem fileSystem, IReadOnlyList<string> plans, IReadOnlyList<string> checkedFolders, RuleRegistry registry, DateTime today) =>
            ConfigurationLoader.Load(fileSystem, plans, checkedFolders, registry, today);

        /// <summary>Checks the plans under <paramref name="paths"/>; <paramref name="parse"/> lets a watch reuse unchanged parses.</summary>
        public static CheckResult Check(IPlanFileSystem fileSystem, IReadOnlyList<string> paths, string baseDirectory, IReadOnlyCollection<string>? excludes, DateTime today, RuleRegistry? registry = null, Func<McredSource, SyntaxFile>? parse = null) =>
            McredChecker.Check(fileSystem, paths, baseDirectory, today, registry ?? RuleRegistry.Default, new Exclusions(fileSystem, excludes ?? Array.Empty<string>(), baseDirectory).IsExcluded, parse);
    }
}
