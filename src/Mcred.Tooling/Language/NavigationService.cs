using System.Collections.Generic;
using System.Linq;
using Mcred.Syntax;

namespace Mcred.Tooling.Language
{
    /// <summary>Go to definition, find references and rename, over a snapshot's symbol index.</summary>
    internal static class NavigationService
    {
        /// <summary>Where the ID under the offset is declared (several places when it is duplicated).</summary>
        public static List<PlanRange> Definition(PlanSnapshot snapshot, string path, int offset)
        {
            var hit = snapshot.SymbolAt(path, offset);
            return hit == null
                ? new List<PlanRange>()
                : snapshot.Declarations(hit.Kind, hit.Id).Select(d => PlanRange.In(d.File, d.Syntax.IdSpan)).ToList();
        }

        public static List<PlanRange> References(PlanSnapshot snapshot, string path, int offset, bool includeDeclaration)
        {
            var hit = snapshot.SymbolAt(path, offset);
            return hit == null
                ? new List<PlanRange>()
                : snapshot.Occurrences(hit.Kind, hit.Id).Where(o => includeDeclaration || !o.IsDeclaration).Select(o => PlanRange.In(o.File, o.Span)).ToList();
        }

        /// <summary>The ID a rename at the offset would change, and its span; null where there is nothing to rename.</summary>
        public static (PlanRange Range, string Id)? PrepareRename(PlanSnapshot snapshot, string path, int offset)
        {
            var hit = snapshot.SymbolAt(path, offset);
            return hit == null ? null : (PlanRange.In(hit.File, hit.Span), hit.Id);
        }

        /// <summary>Renames a declaration with every reference to it, in every file; never onto an ID the kind already has.</summary>
        public static RenameOutcome Rename(PlanSnapshot snapshot, string path, int offset, string newName)
        {
            var hit = snapshot.SymbolAt(path, offset);
            if (hit == null)
            {
                return Refused("there is no declaration or reference here to rename");
            }

            if (!CharFacts.IsIdentifier(newName))
            {
                return Refused($"'{newName}' is not a valid ID: use ASCII letters, digits, '-' and '_', starting with a letter or '_'");
            }

            if (newName != hit.Id && snapshot.Declarations(hit.Kind, newName).Any())
            {
                return Refused($"{hit.Kind.WithArticle()} '{newName}' already exists: pick another ID");
            }

            var edits = snapshot.Occurrences(hit.Kind, hit.Id).Select(o => new FileEdit(PlanRange.In(o.File, o.Span), newName)).ToList();
            return new RenameOutcome(edits, null);
        }

        private static RenameOutcome Refused(string reason) => new RenameOutcome(new List<FileEdit>(), reason);
    }
}
