using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Mcred.Configuration
{
    /// <summary>
    /// When no section of any configuration file tells .mcred files apart by name (every section's last path segment
    /// is <c>*</c>, <c>**</c> or a wildcard with an extension, such as <c>*.mcred</c> or <c>*.{mcred,cs}</c>), all
    /// .mcred files of one folder get the same options. Section matching then runs once per folder instead of once per
    /// file: with thousands of sections and thousands of files that is the difference between seconds and minutes.
    /// </summary>
    internal sealed class FolderRepresentatives
    {
        private static readonly Regex NameIndependent = new Regex(@"^\*{1,2}(\.([^*?\[\]{}/,]+|\{[^*?\[\]{}/]+\}))?$", RegexOptions.CultureInvariant);

        private readonly bool _byFolder;

        public FolderRepresentatives(IEnumerable<ConfigFile> files)
        {
            _byFolder = true;
            foreach (var file in files)
            {
                foreach (var line in file.Lines)
                {
                    if (line.SectionName != null && !IsNameIndependent(line.SectionName))
                    {
                        _byFolder = false;
                        return;
                    }
                }
            }
        }

        /// <summary>True when matching may use one file per folder.</summary>
        public bool ByFolder => _byFolder;

        /// <summary>The path whose options stand for <paramref name="path"/>: a fixed name in its folder, or the path itself.</summary>
        public string For(string path) =>
            _byFolder ? Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, "_" + Path.GetExtension(path)) : path;

        /// <summary>The distinct representatives of <paramref name="paths"/>, in first-seen order.</summary>
        public List<string> Distinct(IReadOnlyList<string> paths)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<string>();
            foreach (var path in paths)
            {
                var representative = For(path);
                if (seen.Add(representative))
                {
                    list.Add(representative);
                }
            }

            return list;
        }

        internal static bool IsNameIndependent(string sectionName)
        {
            var slash = sectionName.LastIndexOf('/');
            return NameIndependent.IsMatch(slash < 0 ? sectionName : sectionName.Substring(slash + 1));
        }
    }
}
