using System.Collections.Generic;
using System.Linq;
using Mcred.LanguageServer.Protocol;

namespace Mcred.LanguageServer.Features
{
    /// <summary>Go to definition and find references, over the snapshot's symbol index.</summary>
    internal static class NavigationFeature
    {
        public static List<Location> Definition(Snapshot snapshot, string path, int offset)
        {
            var hit = snapshot.SymbolAt(path, offset);
            if (hit == null)
            {
                return new List<Location>();
            }

            return snapshot.Declarations(hit.Kind, hit.Id)
                .Select(d => new Location(snapshot.UriOf(d.File.Path), Positions.ToRange(d.File.Text, d.Syntax.IdSpan)))
                .ToList();
        }

        public static List<Location> References(Snapshot snapshot, string path, int offset, bool includeDeclaration)
        {
            var hit = snapshot.SymbolAt(path, offset);
            if (hit == null)
            {
                return new List<Location>();
            }

            return snapshot.Occurrences(hit.Kind, hit.Id)
                .Where(o => includeDeclaration || !o.IsDeclaration)
                .Select(o => new Location(snapshot.UriOf(o.File.Path), Positions.ToRange(o.File.Text, o.Span)))
                .ToList();
        }
    }
}
