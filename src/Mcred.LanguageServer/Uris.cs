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

        public static string FromPath(string path) => new Uri(path).AbsoluteUri;
    }
}
