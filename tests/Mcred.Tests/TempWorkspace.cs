using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mcred.Configuration;
using Mcred.Rules;
using Mcred.Workspace;

namespace Mcred.Tests
{
    /// <summary>A folder on disk with .mcred and config files, checked the way the CLI checks it.</summary>
    internal sealed class TempWorkspace : IDisposable
    {
        public TempWorkspace()
        {
            Root = Path.Combine(Path.GetTempPath(), "mcred-ws-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public TempWorkspace Write(string relative, string text)
        {
            var full = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return this;
        }

        /// <summary>Checks every .mcred file under <paramref name="folder"/> (relative), with the configuration that applies.</summary>
        public CheckResult Check(string folder = "", DateTime? today = null, RuleRegistry? registry = null)
        {
            registry ??= RuleRegistry.Default;
            var checkedFolder = Path.Combine(Root, folder);
            var files = Directory.GetFiles(checkedFolder, "*.mcred", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var configuration = ConfigurationLoader.Load(Mcred.Workspace.DiskFileSystem.Instance, files, new[] { checkedFolder.TrimEnd(Path.DirectorySeparatorChar) }, registry, today ?? new DateTime(2026, 11, 28));
            return McredChecker.Check(files.Select(f => new McredSource(f, File.ReadAllText(f))), configuration, registry);
        }

        /// <summary>"MCR1006 warning plan.mcred:2" for each diagnostic, paths relative to the root.</summary>
        public List<string> Summary(CheckResult result) =>
            result.Diagnostics.Select(d => $"{d.Id} {d.Severity.ToString().ToLowerInvariant()} {Path.GetRelativePath(Root, d.Location.Path).Replace('\\', '/')}:{d.Location.Line}").ToList();

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
