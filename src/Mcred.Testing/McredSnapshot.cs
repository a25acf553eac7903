using System.Collections.Generic;
using System.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Mcred.Testing
{
    /// <summary>
    /// Snapshot tests of a workspace's diagnostics with Snapshooter (Verify.Xunit cannot be restored in this project's
    /// build environment). A run without a snapshot writes <c>__snapshots__/Class.Method.snap</c> next to the test and
    /// fails, so that a missing snapshot (a fresh clone, a renamed test) can never pass unseen: review the file, commit
    /// it, run again. Later runs fail on any difference and write the new result to <c>__mismatch__</c>.
    /// </summary>
    public static class McredSnapshot
    {
        /// <summary>Matches against the snapshot named after the calling test.</summary>
        public static void Match(McredWorkspace workspace) => Match(workspace, Snapshot.FullName());

        /// <summary>Matches against a snapshot named <paramref name="name"/>, next to the calling test.</summary>
        public static void Match(McredWorkspace workspace, string name) => Match(workspace, Snapshot.FullName(name));

        /// <summary>Matches against a snapshot file you place yourself.</summary>
        public static void Match(McredWorkspace workspace, SnapshotFullName fullName)
        {
            // Snapshooter keeps a snapshot in the __snapshots__ folder under the name's folder, and writes it when missing.
            var file = System.IO.Path.Combine(fullName.FolderPath, "__snapshots__", fullName.Filename);
            var existed = System.IO.File.Exists(file);
            Snapshot.Match(Shape(workspace), fullName);
            if (!existed)
            {
                throw new Xunit.Sdk.XunitException($"no snapshot existed, so one was written to {file}: review it, commit it, and run the test again");
            }
        }

        /// <summary>What is compared: each diagnostic with a path relative to the workspace root, so snapshots move with the repository.</summary>
        internal static List<SnapshotDiagnostic> Shape(McredWorkspace workspace) =>
            workspace.Diagnostics.Select(d => new SnapshotDiagnostic(
                d.Id, d.Severity.ToString().ToLowerInvariant(), workspace.DisplayPath(d.Location.Path), d.Location.Line, d.Location.Column, d.Message)).ToList();
    }

    /// <summary>One diagnostic as a snapshot stores it.</summary>
    public sealed record SnapshotDiagnostic(string Id, string Severity, string Path, int Line, int Column, string Message);
}
