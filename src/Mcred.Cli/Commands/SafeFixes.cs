using System;
using System.Linq;
using System.Text;
using Mcred.Cli.Output;
using Mcred.Diagnostics;
using Mcred.Workspace;

namespace Mcred.Cli.Commands
{
    /// <summary>
    /// <c>check --fix</c>: applies the safe fixes the diagnostics carry, writing each changed file the way fmt does
    /// (atomically, refusing a file that changed since it was read), re-checks, and repeats while fixes remain (at most
    /// ten rounds, for fixes that overlapped).
    /// </summary>
    internal static class SafeFixes
    {
        private const int MaxRounds = 10;

        public static CheckResult Apply(CliContext context, CheckResult result, Func<CheckResult> recheck)
        {
            var total = 0;
            var files = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            for (var round = 0; round < MaxRounds; round++)
            {
                var texts = result.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
                var changed = FixApplier.ApplySafe(result.Diagnostics, path => texts.TryGetValue(path, out var text) ? text : null, out var applied);
                if (changed.Count == 0)
                {
                    break;
                }

                foreach (var pair in changed)
                {
                    WorkspaceFiles.Read(pair.Key, out var hasBom);
                    AtomicFile.Write(pair.Key, pair.Value.ToString(), new UTF8Encoding(hasBom), context.DisplayPath(pair.Key), expectedCurrent: texts[pair.Key].ToString());
                    files.Add(pair.Key);
                }

                total += applied;
                result = recheck();
            }

            if (total > 0)
            {
                context.Error.WriteLine($"mcred: applied {total} safe fix{(total == 1 ? string.Empty : "es")} in {files.Count} file{(files.Count == 1 ? string.Empty : "s")}");
            }

            return result;
        }
    }
}
