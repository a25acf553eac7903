using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.LanguageServer.Protocol;
using Range = Mcred.LanguageServer.Protocol.Range;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// Turns a snapshot's diagnostics into publishDiagnostics notifications for every file of the workspace (open or
    /// not), including an empty list for a file whose last diagnostics are gone.
    /// </summary>
    internal sealed class DiagnosticsPublisher
    {
        private readonly HashSet<string> published = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The notifications for a snapshot, one per file that has diagnostics now or had them last time.</summary>
        public List<PublishDiagnosticsParams> For(Snapshot snapshot)
        {
            var byPath = new Dictionary<string, List<Protocol.Diagnostic>>(StringComparer.Ordinal);
            foreach (var file in snapshot.Files)
            {
                byPath[file.Path] = new List<Protocol.Diagnostic>();
            }

            foreach (var diagnostic in snapshot.Result.Diagnostics)
            {
                if (diagnostic.Severity <= McredSeverity.Silent)
                {
                    continue;
                }

                if (!byPath.TryGetValue(diagnostic.Location.Path, out var list))
                {
                    // A configuration file's diagnostics (MCR0007) go to that file.
                    byPath[diagnostic.Location.Path] = list = new List<Protocol.Diagnostic>();
                }

                list.Add(ToLsp(diagnostic));
            }

            var notifications = new List<PublishDiagnosticsParams>();
            foreach (var pair in byPath)
            {
                if (pair.Value.Count > 0 || published.Contains(pair.Key))
                {
                    notifications.Add(new PublishDiagnosticsParams(snapshot.UriOf(pair.Key), snapshot.VersionOf(pair.Key), pair.Value));
                }
            }

            foreach (var gone in published)
            {
                if (!byPath.ContainsKey(gone))
                {
                    notifications.Add(new PublishDiagnosticsParams(snapshot.UriOf(gone), null, new List<Protocol.Diagnostic>()));
                }
            }

            published.Clear();
            foreach (var pair in byPath)
            {
                if (pair.Value.Count > 0)
                {
                    published.Add(pair.Key);
                }
            }

            return notifications;
        }

        public static Protocol.Diagnostic ToLsp(McredDiagnostic diagnostic) => new Protocol.Diagnostic(
            Translation.ToRange(diagnostic.Location.LineSpan),
            diagnostic.Severity switch
            {
                McredSeverity.Error => LspConstants.SeverityError,
                McredSeverity.Warning => LspConstants.SeverityWarning,
                _ => LspConstants.SeverityInformation,
            },
            diagnostic.Id,
            new CodeDescription(diagnostic.HelpUri),
            "mcred",
            diagnostic.Message,
            diagnostic.RelatedLocations.Count == 0 ? null : System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(diagnostic.RelatedLocations, related =>
                new DiagnosticRelatedInformation(new Location(Uris.FromPath(related.Path), Translation.ToRange(related.LineSpan)), "the other place this message names"))),
            diagnostic.Info.IsUnnecessary ? new List<int> { LspConstants.TagUnnecessary } : null);
    }
}
