using System.Collections.Generic;
using System.Linq;
using Mcred.LanguageServer.Protocol;
using Mcred.Syntax;

namespace Mcred.LanguageServer.Features
{
    /// <summary>Rename a declaration with every reference to it, in every file; never onto an ID the kind already has.</summary>
    internal static class RenameFeature
    {
        public static PrepareRenameResult? Prepare(Snapshot snapshot, string path, int offset)
        {
            var hit = snapshot.SymbolAt(path, offset);
            return hit == null ? null : new PrepareRenameResult(Positions.ToRange(hit.File.Text, hit.Span), hit.Id);
        }

        /// <summary>The edits, or the reason the rename is refused.</summary>
        public static (WorkspaceEdit? Edit, string? Refusal) Rename(Snapshot snapshot, string path, int offset, string newName)
        {
            var hit = snapshot.SymbolAt(path, offset);
            if (hit == null)
            {
                return (null, "there is no declaration or reference here to rename");
            }

            if (!CharFacts.IsIdentifier(newName))
            {
                return (null, $"'{newName}' is not a valid ID: use ASCII letters, digits, '-' and '_', starting with a letter or '_'");
            }

            if (newName != hit.Id && snapshot.Declarations(hit.Kind, newName).Any())
            {
                return (null, $"{hit.Kind.WithArticle()} '{newName}' already exists: pick another ID");
            }

            var changes = new Dictionary<string, List<TextEdit>>();
            foreach (var occurrence in snapshot.Occurrences(hit.Kind, hit.Id))
            {
                var uri = snapshot.UriOf(occurrence.File.Path);
                if (!changes.TryGetValue(uri, out var edits))
                {
                    changes[uri] = edits = new List<TextEdit>();
                }

                edits.Add(new TextEdit(Positions.ToRange(occurrence.File.Text, occurrence.Span), newName));
            }

            return (new WorkspaceEdit(changes), null);
        }
    }
}
