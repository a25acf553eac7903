using System.Collections.Generic;
using System.Linq;
using Mcred.Diagnostics;
using Mcred.Formatting;
using Mcred.Suppressions;
using Mcred.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Tooling.Language
{
    /// <summary>Quick fixes from the fixes the diagnostics carry, and formatting (exactly what <c>mcred fmt</c> writes).</summary>
    internal static class EditService
    {
        /// <summary>The fixes of every diagnostic touching the span, each followed by the suppression comment that silences it.</summary>
        public static List<QuickFix> QuickFixes(PlanSnapshot snapshot, string path, TextSpan span)
        {
            var actions = new List<QuickFix>();
            var file = snapshot.File(path);
            if (file == null)
            {
                return actions;
            }

            foreach (var diagnostic in snapshot.DiagnosticsFor(path))
            {
                var at = diagnostic.Location.Span;
                if (at.End < span.Start || at.Start > span.End)
                {
                    continue;
                }

                actions.AddRange(For(snapshot, file, diagnostic));
            }

            return actions;
        }

        /// <summary>One diagnostic's own fixes (the first preferred), then the suppression comment that silences it.</summary>
        public static List<QuickFix> For(PlanSnapshot snapshot, SyntaxFile file, McredDiagnostic diagnostic)
        {
            var fixes = diagnostic.Fixes.ToList();
            if (SuppressionFixes.Suppress(diagnostic, file.Text) is McredFix suppress)
            {
                fixes.Add(suppress);
            }

            var actions = new List<QuickFix>();
            foreach (var fix in fixes)
            {
                var preferred = diagnostic.Fixes.Count > 0 && fix == diagnostic.Fixes[0];
                actions.Add(new QuickFix(fix.Title, diagnostic, preferred, Edits(snapshot, fix)));
            }

            return actions;
        }

        /// <summary>One edit replacing the whole document, or none when it is formatted or has a syntax error (as fmt refuses).</summary>
        public static List<FileEdit> Format(SyntaxFile file)
        {
            var formatted = Formatter.Format(file);
            if (formatted == null || formatted == file.Text.ToString())
            {
                return new List<FileEdit>();
            }

            return new List<FileEdit> { new FileEdit(PlanRange.In(file, new TextSpan(0, file.Text.Length)), formatted) };
        }

        private static List<FileEdit> Edits(PlanSnapshot snapshot, McredFix fix)
        {
            var edits = new List<FileEdit>();
            foreach (var edit in fix.Edits)
            {
                if (snapshot.File(edit.Path) is SyntaxFile file)
                {
                    edits.Add(new FileEdit(PlanRange.In(file, edit.Span), edit.NewText));
                }
            }

            return edits;
        }
    }
}
