using System;
using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using Mcred.Tooling.Web;

namespace Mcred.Web
{
    /// <summary>
    /// The calls the page's worker makes. Each only forwards to <see cref="WebApi"/> (JSON text in and out): the worker
    /// holds one workspace, and nothing is implemented here.
    /// </summary>
    [SupportedOSPlatform("browser")]
    internal static partial class Interop
    {
        private static WebApi api = new WebApi(DateTime.Today);

        [JSExport]
        internal static string Start(string today)
        {
            api = new WebApi(DateTime.Today);
            return api.SetToday(today);
        }

        [JSExport]
        internal static string Open(string filesJson) => api.Open(filesJson);

        [JSExport]
        internal static string Put(string path, string text) => api.Put(path, text);

        [JSExport]
        internal static string Remove(string path) => api.Remove(path);

        [JSExport]
        internal static string Move(string from, string to) => api.Move(from, to);

        [JSExport]
        internal static string Check() => api.Check();

        [JSExport]
        internal static string Findings() => api.Findings();

        [JSExport]
        internal static string Diagnostics(string path) => api.Diagnostics(path);

        [JSExport]
        internal static string Hover(string path, int offset) => api.Hover(path, offset);

        [JSExport]
        internal static string Complete(string path, int offset) => api.Complete(path, offset);

        [JSExport]
        internal static string Definition(string path, int offset) => api.Definition(path, offset);

        [JSExport]
        internal static string References(string path, int offset) => api.References(path, offset);

        [JSExport]
        internal static string PrepareRename(string path, int offset) => api.PrepareRename(path, offset);

        [JSExport]
        internal static string Rename(string path, int offset, string newName) => api.Rename(path, offset, newName);

        [JSExport]
        internal static string Format(string path) => api.Format(path);

        [JSExport]
        internal static string Tokens(string path) => api.Tokens(path);

        [JSExport]
        internal static string Report(string title) => api.Report(title);

        [JSExport]
        internal static string Coverage() => api.Coverage();

        [JSExport]
        internal static string ExportCtdl(bool allSkills) => api.ExportCtdl(allSkills);

        [JSExport]
        internal static string ExportOpenBadges(string baseUrl) => api.ExportOpenBadges(baseUrl);

        [JSExport]
        internal static string DownloadWorkspace() => api.DownloadWorkspace();

        [JSExport]
        internal static string Templates() => api.Templates();
    }
}
