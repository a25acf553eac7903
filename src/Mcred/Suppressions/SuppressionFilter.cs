using System;
using System.Collections.Generic;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Rules.BuiltIn;
using Mcred.Syntax;

namespace Mcred.Suppressions
{
    /// <summary>
    /// Applies the suppression comments of every file: removes the design diagnostics they cover, reports malformed
    /// comments (MCR0005) and every ID that suppressed nothing or cannot be suppressed (MCR1018).
    /// </summary>
    internal static class SuppressionFilter
    {
        public static List<McredDiagnostic> Apply(IReadOnlyList<SyntaxFile> files, List<McredDiagnostic> diagnostics, RuleRegistry registry, McredConfiguration configuration)
        {
            var byFile = new Dictionary<string, List<SuppressionComment>>(StringComparer.Ordinal);
            var added = new List<McredDiagnostic>();
            foreach (var file in files)
            {
                var comments = Read(file, registry, added);
                if (comments.Count > 0)
                {
                    byFile[file.Path] = comments;
                }
            }

            if (byFile.Count == 0)
            {
                diagnostics.AddRange(added);
                return diagnostics;
            }

            var kept = new List<McredDiagnostic>(diagnostics.Count);
            foreach (var diagnostic in diagnostics)
            {
                if (!IsSuppressible(diagnostic.Id) || !byFile.TryGetValue(diagnostic.Location.Path, out var comments) || !Suppress(comments, diagnostic))
                {
                    kept.Add(diagnostic);
                }
            }

            var unusedInfo = registry.Find(UnusedSuppressionRule.Code)!;
            // A rule may be silent only because of a parser or binder error: until it is fixed, "unused" is not known,
            // so neither a quick fix nor --fix may take a suppression away.
            var errorsStand = HasPlanError(diagnostics) || HasPlanError(added);
            foreach (var pair in byFile)
            {
                foreach (var comment in pair.Value)
                {
                    ReportUnused(pair.Key, files, comment, unusedInfo, registry, configuration, kept, errorsStand);
                }
            }

            kept.AddRange(added);
            return kept;
        }

        private static List<SuppressionComment> Read(SyntaxFile file, RuleRegistry registry, List<McredDiagnostic> errors)
        {
            var result = new List<SuppressionComment>();
            foreach (var comment in file.Comments)
            {
                var suppression = SuppressionComment.TryRead(comment, file.Text, registry, out var error);
                if (error != null)
                {
                    errors.Add(new McredDiagnostic(CompilerDiagnostics.InvalidValue, McredSeverity.Error, error, McredLocation.In(file.Path, file.Text, comment.Span)));
                }
                else if (suppression != null)
                {
                    result.Add(suppression);
                }
            }

            return result;
        }

        /// <summary>True when an MCR0001–MCR0006 (the parser's and the binder's errors) is among <paramref name="diagnostics"/>.</summary>
        private static bool HasPlanError(List<McredDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var id = diagnostic.Id;
                if (id.Length == 7 && id.StartsWith("MCR000", StringComparison.Ordinal) && id[6] >= '1' && id[6] <= '6')
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSuppressible(string id) => !RuleRegistry.IsCompilerId(id) && id != UnusedSuppressionRule.Code;

        private static bool Suppress(List<SuppressionComment> comments, McredDiagnostic diagnostic)
        {
            var suppressed = false;
            var line = diagnostic.Location.LineSpan.Start.Line;
            foreach (var comment in comments)
            {
                if (!comment.IsFileWide && comment.TargetLine != line)
                {
                    continue;
                }

                var index = comment.Ids.IndexOf(diagnostic.Id);
                if (index >= 0)
                {
                    comment.Used[index] = true;
                    suppressed = true;
                }
            }

            return suppressed;
        }

        private static void ReportUnused(string path, IReadOnlyList<SyntaxFile> files, SuppressionComment comment, DiagnosticInfo unusedInfo, RuleRegistry registry, McredConfiguration configuration, List<McredDiagnostic> output, bool errorsStand)
        {
            var file = FindFile(files, path);
            var reported = new System.Collections.Generic.List<(string Id, string Message)>();
            for (var i = 0; i < comment.Ids.Count; i++)
            {
                var id = comment.Ids[i];
                string message;
                if (!IsSuppressible(id))
                {
                    message = $"{id} cannot be suppressed by a comment: fix the problem instead";
                }
                else if (comment.Used[i] || errorsStand)
                {
                    continue;
                }
                else
                {
                    var info = registry.Find(id)!;
                    var severity = configuration.EffectiveSeverity(info, path, info.DefaultSeverity);
                    if (severity <= McredSeverity.Silent)
                    {
                        continue;
                    }

                    message = comment.IsFileWide
                        ? $"this comment suppresses {id}, but no {id} is reported in this file: remove {id} from it"
                        : $"this comment suppresses {id}, but no {id} is reported on the next line: remove {id} from it";
                }

                reported.Add((id, message));
            }

            var severityOfUnused = configuration.EffectiveSeverity(unusedInfo, path, unusedInfo.DefaultSeverity);
            if (severityOfUnused == McredSeverity.None)
            {
                return;
            }

            // When every ID of the comment is reported, the fix removes the comment; otherwise just the ID.
            var wholeComment = reported.Count == comment.Ids.Count;
            var location = McredLocation.In(path, file.Text, comment.Comment.Span);
            foreach (var (id, message) in reported)
            {
                var fix = SuppressionFixes.Remove(path, file.Text, comment, id, wholeComment);
                output.Add(new McredDiagnostic(unusedInfo, severityOfUnused, message, location, new[] { fix }));
            }

            // A repeated ID suppresses nothing its first mention does not: always safe to drop, errors or not.
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in comment.Repeats)
            {
                seen[id] = seen.TryGetValue(id, out var count) ? count + 1 : 1;
                var fix = wholeComment ? SuppressionFixes.Remove(path, file.Text, comment, id, true) : SuppressionFixes.Remove(path, file.Text, comment, id, false, seen[id]);
                output.Add(new McredDiagnostic(unusedInfo, severityOfUnused, $"{id} is named more than once in this comment: remove the repeat", location, new[] { fix }));
            }
        }

        private static SyntaxFile FindFile(IReadOnlyList<SyntaxFile> files, string path)
        {
            foreach (var file in files)
            {
                if (file.Path == path)
                {
                    return file;
                }
            }

            throw new InvalidOperationException("Suppression comment of an unknown file.");
        }
    }
}
