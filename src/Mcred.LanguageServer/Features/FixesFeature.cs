using System.Collections.Generic;
using System.Linq;
using Mcred.Diagnostics;
using Mcred.Formatting;
using Mcred.LanguageServer.Protocol;
using Mcred.Suppressions;
using Mcred.Syntax;

namespace Mcred.LanguageServer.Features
{
    /// <summary>Code actions from the fixes the diagnostics carry, and formatting (exactly what <c>mcred fmt</c> writes).</summary>
    internal static class FixesFeature
    {
        public static List<CodeAction> CodeActions(Snapshot snapshot, string path, Range range)
        {
            var actions = new List<CodeAction>();
            var file = snapshot.File(path);
            if (file == null)
            {
                return actions;
            }

            var span = Positions.ToSpan(file.Text, range);
            foreach (var diagnostic in snapshot.DiagnosticsFor(path))
            {
                var at = diagnostic.Location.Span;
                if (at.End < span.Start || at.Start > span.End)
                {
                    continue;
                }

                var fixes = diagnostic.Fixes.ToList();
                if (SuppressionFixes.Suppress(diagnostic, file.Text) is McredFix suppress)
                {
                    fixes.Add(suppress);
                }

                foreach (var fix in fixes)
                {
                    actions.Add(new CodeAction(
                        fix.Title,
                        "quickfix",
                        new List<Protocol.Diagnostic> { DiagnosticsPublisher.ToLsp(diagnostic) },
                        // The diagnostic's own fix is the one to apply; suppressing it is the fallback.
                        diagnostic.Fixes.Count > 0 && fix == diagnostic.Fixes[0] ? true : (bool?)null,
                        ToWorkspaceEdit(snapshot, fix)));
                }
            }

            return actions;
        }

        /// <summary>One edit replacing the whole document, or none when it is formatted or has a syntax error (as fmt refuses).</summary>
        public static List<TextEdit> Format(SyntaxFile file)
        {
            var formatted = Formatter.Format(file);
            var current = file.Text.ToString();
            if (formatted == null || formatted == current)
            {
                return new List<TextEdit>();
            }

            return new List<TextEdit> { new TextEdit(Positions.ToRange(file.Text, new Microsoft.CodeAnalysis.Text.TextSpan(0, file.Text.Length)), formatted) };
        }

        private static WorkspaceEdit ToWorkspaceEdit(Snapshot snapshot, McredFix fix)
        {
            var changes = new Dictionary<string, List<TextEdit>>();
            foreach (var edit in fix.Edits)
            {
                var file = snapshot.File(edit.Path);
                if (file == null)
                {
                    continue;
                }

                var uri = snapshot.UriOf(edit.Path);
                if (!changes.TryGetValue(uri, out var edits))
                {
                    changes[uri] = edits = new List<TextEdit>();
                }

                edits.Add(new TextEdit(Positions.ToRange(file.Text, edit.Span), edit.NewText));
            }

            return new WorkspaceEdit(changes);
        }
    }
}
