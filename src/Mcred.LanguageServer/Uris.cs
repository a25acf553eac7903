using System;
using System.IO;

namespace Mcred.LanguageServer
{
    /// <summary>file:// URIs to full paths and back; anything else (untitled:, http:) is no file of the workspace.</summary>
    internal static class Uris
    {
        public static string? ToPath(string? uri)
        {
            if (uri == null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
            {
                return null;
            }

            return Path.GetFullPath(parsed.LocalPath);
        }

        /// <summary>The path of a .mcred document, or null for a URI the server does not serve.</summary>
        public static string? ToPlanPath(string? uri)
        {
            var path = ToPath(uri);
            return path != null && path.EndsWith(Mcred.Workspace.WorkspaceFiles.Extension, StringComparison.Ordinal) ? path : null;
        }

        /// <summary>
        /// The path of a document the workspace tracks when open: a plan, or a file that shapes the check
        /// (<c>.editorconfig</c>, <c>.globalconfig</c>, <c>.mcredignore</c>), whose unsaved text applies as typed.
        /// </summary>
        public static string? ToTrackedPath(string? uri)
        {
            var path = ToPath(uri);
            if (path == null)
            {
                return null;
            }

            var name = Path.GetFileName(path);
            return ToPlanPath(uri) ?? (name == ".editorconfig" || name == ".globalconfig" || name == Mcred.Tooling.Files.Exclusions.IgnoreFileName ? path : null);
        }

        /// <summary>
        /// The file:// URI of a full path, each segment escaped once: a file named <c>p%41q.mcred</c> is
        /// <c>p%2541q.mcred</c>, never <c>pAq.mcred</c> (<c>new Uri(path)</c> takes the path's '%' for an escape).
        /// </summary>
        public static string FromPath(string path)
        {
            var segments = (Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path).Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                segments[i] = Uri.EscapeDataString(segments[i]);
            }

            var joined = string.Join("/", segments);
            return "file://" + (joined.StartsWith("/", StringComparison.Ordinal) ? joined : "/" + joined);
        }
    }
}
