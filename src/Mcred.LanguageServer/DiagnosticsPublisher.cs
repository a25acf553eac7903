using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Mcred.Diagnostics;
using Mcred.LanguageServer.Protocol;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// Turns a snapshot's diagnostics into publishDiagnostics notifications: for every file of the workspace (open or
    /// not) whose diagnostics or buffer version changed since its last publication, including an empty list for a file
    /// whose diagnostics are gone. An edit to one of 1,000 files so publishes that file and the few its edit reaches,
    /// not the whole workspace again.
    /// </summary>
    internal sealed class DiagnosticsPublisher
    {
        /// <summary>What was last published per path: the buffer version and a fingerprint of the diagnostics.</summary>
        private readonly Dictionary<string, (int? Version, string Fingerprint)> published = new Dictionary<string, (int?, string)>(StringComparer.Ordinal);

        /// <summary>The notifications for a snapshot: one per file whose published diagnostics would change.</summary>
        public List<PublishDiagnosticsParams> For(Snapshot snapshot)
        {
            var byPath = new Dictionary<string, List<McredDiagnostic>>(StringComparer.Ordinal);
            foreach (var file in snapshot.Files)
            {
                byPath[file.Path] = new List<McredDiagnostic>();
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
                    byPath[diagnostic.Location.Path] = list = new List<McredDiagnostic>();
                }

                list.Add(diagnostic);
            }

            var notifications = new List<PublishDiagnosticsParams>();
            foreach (var pair in byPath)
            {
                var version = snapshot.VersionOf(pair.Key);
                var fingerprint = Fingerprint(pair.Value);
                var had = published.TryGetValue(pair.Key, out var last);
                if (had ? last.Version != version || last.Fingerprint != fingerprint : pair.Value.Count > 0)
                {
                    notifications.Add(new PublishDiagnosticsParams(snapshot.UriOf(pair.Key), version, pair.Value.ConvertAll(ToLsp)));
                }

                if (pair.Value.Count > 0 || had)
                {
                    published[pair.Key] = (version, fingerprint);
                }
            }

            foreach (var gone in published.Keys.Where(path => !byPath.ContainsKey(path)).ToList())
            {
                notifications.Add(new PublishDiagnosticsParams(snapshot.UriOf(gone), null, new List<Protocol.Diagnostic>()));
                published.Remove(gone);
            }

            return notifications;
        }

        /// <summary>Everything of a file's diagnostics that a client shows: equal fingerprints publish the same notification.</summary>
        private static string Fingerprint(List<McredDiagnostic> diagnostics)
        {
            if (diagnostics.Count == 0)
            {
                return string.Empty;
            }

            var sb = new StringBuilder();
            foreach (var d in diagnostics)
            {
                sb.Append(d.Location.LineSpan.ToString()).Append('\u0001').Append((int)d.Severity).Append(d.Id).Append('\u0001').Append(d.Message);
                foreach (var related in d.RelatedLocations)
                {
                    sb.Append('\u0001').Append(related.Path).Append(related.LineSpan.ToString());
                }

                sb.Append('\u0002');
            }

            return sb.ToString();
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
            diagnostic.RelatedLocations.Count == 0 ? null : diagnostic.RelatedLocations.Select(related =>
                new DiagnosticRelatedInformation(new Location(Uris.FromPath(related.Path), Translation.ToRange(related.LineSpan)), "the other place this message names")).ToList(),
            diagnostic.Info.IsUnnecessary ? new List<int> { LspConstants.TagUnnecessary } : null);
    }
}
