using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Diagnostics
{
    /// <summary>
    /// Applies the safe fixes of a check to the texts they edit. Identical edits count once; an edit overlapping one
    /// already taken waits for the next round (the caller re-checks and applies again, as ESLint's --fix does), so
    /// fixes never corrupt each other.
    /// </summary>
    internal static class FixApplier
    {
        /// <summary>The new text of each file a safe fix edits (files no safe fix touches are absent).</summary>
        public static Dictionary<string, SourceText> ApplySafe(IEnumerable<McredDiagnostic> diagnostics, Func<string, SourceText?> textOf, out int applied)
        {
            var byFile = new Dictionary<string, List<McredTextEdit>>(StringComparer.Ordinal);
            foreach (var diagnostic in diagnostics)
            {
                foreach (var fix in diagnostic.Fixes)
                {
                    if (!fix.IsSafe)
                    {
                        continue;
                    }

                    foreach (var edit in fix.Edits)
                    {
                        if (!byFile.TryGetValue(edit.Path, out var edits))
                        {
                            byFile[edit.Path] = edits = new List<McredTextEdit>();
                        }

                        edits.Add(edit);
                    }
                }
            }

            applied = 0;
            var result = new Dictionary<string, SourceText>(StringComparer.Ordinal);
            foreach (var pair in byFile)
            {
                var text = textOf(pair.Key);
                if (text == null)
                {
                    continue;
                }

                pair.Value.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
                var changes = new List<TextChange>();
                var end = -1;
                McredTextEdit? previous = null;
                foreach (var edit in pair.Value)
                {
                    if (previous != null && previous.Span == edit.Span && previous.NewText == edit.NewText)
                    {
                        continue;
                    }

                    if (edit.Span.Start < end || edit.Span.End > text.Length)
                    {
                        continue;
                    }

                    changes.Add(new TextChange(edit.Span, edit.NewText));
                    end = Math.Max(end, edit.Span.End);
                    previous = edit;
                }

                if (changes.Count > 0)
                {
                    result[pair.Key] = text.WithChanges(changes);
                    applied += changes.Count;
                }
            }

            return result;
        }
    }
}
