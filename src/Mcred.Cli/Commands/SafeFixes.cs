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
    /// ten rounds, for fixes that overlapped). A file that refuses the write (read-only, edited meanwhile by another
    /// process or an editor) keeps its text: one line says why, its fixes are not tried again, and the other files are
    /// still fixed and the report still printed, so the user sees what is left in that file as it is now.
    /// </summary>
    internal static class SafeFixes
    {
        private const int MaxRounds = 10;

        public static CheckResult Apply(CliContext context, CheckResult result, Func<CheckResult> recheck)
        {
            var total = 0;
            var files = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            var refused = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            for (var round = 0; round < MaxRounds; round++)
            {
                var texts = result.Files.Where(f => !refused.Contains(f.Path)).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
                var changed = FixApplier.ApplySafe(result.Diagnostics, path => texts.TryGetValue(path, out var text) ? text : null, out var applied);
                if (changed.Count == 0)
                {
                    break;
                }

                var written = 0;
                var refusedNow = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
                foreach (var pair in changed)
                {
                    try
                    {
                        WorkspaceFiles.Read(pair.Key, out var hasBom);
                        AtomicFile.Write(pair.Key, pair.Value.ToString(), new UTF8Encoding(hasBom), context.DisplayPath(pair.Key), expectedCurrent: texts[pair.Key].ToString());
                        files.Add(pair.Key);
                        written++;
                    }
                    catch (Exception e) when (e is CliException || e is System.IO.IOException || e is UnauthorizedAccessException)
                    {
                        refused.Add(pair.Key);
                        refusedNow.Add(pair.Key);
                        context.Error.WriteLine($"mcred: {e.Message.TrimEnd('.')}; its fixes were not applied");
                    }
                }

                if (written == 0)
                {
                    result = recheck();
                    break;
                }

                // Count only what was written: the refused files' share of this round's fixes, applied to them alone, is not.
                FixApplier.ApplySafe(result.Diagnostics, path => refusedNow.Contains(path) ? texts[path] : null, out var notApplied);
                total += applied - notApplied;
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
