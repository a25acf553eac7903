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

        public static string FromPath(string path) => new Uri(path).AbsoluteUri;
    }
}
