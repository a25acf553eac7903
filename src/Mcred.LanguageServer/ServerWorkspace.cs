using Mcred.Files;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Mcred.Configuration;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.Tooling.Files;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// The server's view of the workspace: the .mcred files under the client's folders, with open buffers in place of
    /// their disk text. Each change bumps a generation; <see cref="Current"/> checks the workspace at most once per
    /// generation, re-parsing only texts that changed (a parse is reused while its <see cref="SourceText"/> is the
    /// same instance), so a keystroke costs one file's parse plus binding and rules.
    /// </summary>
    internal sealed class ServerWorkspace
    {
        private readonly object gate = new object();
        private readonly Func<DateTime> today;
        private readonly Action<string> log;
        private readonly RuleRegistry registry = RuleRegistry.Default;
        private readonly List<string> roots = new List<string>();
        private readonly Dictionary<string, SourceText> disk = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        private readonly Dictionary<string, OpenDocument> open = new Dictionary<string, OpenDocument>(StringComparer.Ordinal);
        private readonly Dictionary<string, SyntaxFile> parses = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);

        /// <summary>The disk with the open configuration buffers over it: options and exclusions are read through it.</summary>
        private readonly OverlayFileSystem files = new OverlayFileSystem(DiskFileSystem.Instance);
        private readonly Dictionary<string, OpenDocument> openSettings = new Dictionary<string, OpenDocument>(StringComparer.Ordinal);
        private McredConfiguration? configuration;

        /// <summary>The .mcredignore files, read as <c>mcred check</c> reads them; renewed when one changes.</summary>
        private Exclusions exclusions;
        private List<string>? configuredPaths;
        private DateTime configuredOn;
        private int generation;
        private bool warmedUp;
        private Snapshot? snapshot;

        public ServerWorkspace(Func<DateTime> today, Action<string> log)
        {
            this.today = today;
            this.log = log;
            exclusions = NewExclusions();
        }

        /// <summary>Changes with every edit, open, close or file event; a snapshot of an older generation is stale.</summary>
        public int Generation
        {
            get
            {
                lock (gate)
                {
                    return generation;
                }
            }
        }

        /// <summary>How many files the server holds a parse of: what a test of released buffers observes.</summary>
        internal int ParsedFiles
        {
            get
            {
                lock (gate)
                {
                    return parses.Count;
                }
            }
        }

        /// <summary>How many checks ran to the end (a cancelled one does not count): what tests of cancellation observe.</summary>
        public int ChecksCompleted { get; private set; }

        /// <summary>Sets the workspace folders and reads the .mcred files under them.</summary>
        public void SetRoots(IEnumerable<string> folders)
        {
            lock (gate)
            {
                roots.Clear();
                roots.AddRange(folders);
                RescanDisk();
            }
        }

        public void Open(string path, string uri, string text, int version)
        {
            lock (gate)
            {
                if (!WorkspaceFiles.IsPlanPath(path))
                {
                    SetSettings(path, new OpenDocument(uri, SourceText.From(text), version));
                    return;
                }

                // Opening a file as it is on disk changes nothing: keep the disk text, so its parse and verdicts are kept.
                var source = disk.TryGetValue(path, out var onDisk) && onDisk.Length == text.Length && onDisk.ToString() == text ? onDisk : SourceText.From(text);
                // A file outside every workspace folder is checked alone, as 'mcred check FILE' would: its folder is not
                // walked (that could be a home folder of thousands of unrelated files).
                open[path] = new OpenDocument(uri, source, version);
                Changed();
            }
        }

        /// <summary>Applies incremental (or full) changes to an open buffer; false when the document is not open.</summary>
        public bool Change(string path, int version, IReadOnlyList<(Protocol.Range? Range, string Text)> changes)
        {
            lock (gate)
            {
                var settings = !WorkspaceFiles.IsPlanPath(path);
                if (!(settings ? openSettings : open).TryGetValue(path, out var document))
                {
                    return false;
                }

                var text = document.Text;
                foreach (var (range, newText) in changes)
                {
                    text = range == null
                        ? SourceText.From(newText)
                        : text.WithChanges(new TextChange(Positions.ToSpan(text, range), newText));
                }

                if (settings)
                {
                    SetSettings(path, new OpenDocument(document.Uri, text, version));
                    return true;
                }

                open[path] = new OpenDocument(document.Uri, text, version);
                Changed();
                return true;
            }
        }

        public void Close(string path)
        {
            lock (gate)
            {
                if (openSettings.Remove(path))
                {
                    // The saved file (or none) applies again.
                    files.RemoveBuffer(path);
                    DiskChanged(path);
                }
                else if (open.Remove(path))
                {
                    // The disk text applies again (or none, if the file was never saved or was deleted meanwhile).
                    ReadDiskFile(path);
                    Changed();
                }
            }
        }

        /// <summary>A file created, changed or deleted on disk: a plan is re-read, a config file resets the configuration.</summary>
        public void DiskChanged(string path)
        {
            lock (gate)
            {
                var name = Path.GetFileName(path);
                if (name == ".editorconfig" || name == ".globalconfig")
                {
                    configuration = null;
                }
                else if (name == Exclusions.IgnoreFileName)
                {
                    // What is left out changed: walk again with the new patterns.
                    RescanDisk();
                }
                else if (WorkspaceFiles.IsPlanPath(path))
                {
                    ReadDiskFile(path);
                }
                else
                {
                    // A folder was created, renamed or deleted: walk again.
                    RescanDisk();
                }

                Changed();
            }
        }

        /// <summary>
        /// True (and a new generation) when the date has moved since the last check: expiry (MCR1013, MCR1020) is
        /// judged against today, and an editor may stay open for days without an edit.
        /// </summary>
        public bool DayChanged()
        {
            lock (gate)
            {
                if (configuration == null || today().Date == configuredOn)
                {
                    return false;
                }

                Changed();
                return true;
            }
        }

        /// <summary>
        /// Runs a feature over the current snapshot while no check runs: a check after an edit binds the declarations it
        /// keeps again in place, so their facts may only be read between checks.
        /// </summary>
        /// <remarks>A cancelled request (the client sent <c>$/cancelRequest</c>, or a newer edit made it stale) stops inside the check.</remarks>
        public T Read<T>(Func<Snapshot, T> feature, CancellationToken cancellation = default)
        {
            lock (gate)
            {
                var snapshot = Current(cancellation);
                cancellation.ThrowIfCancellationRequested();
                return feature(snapshot);
            }
        }

        /// <summary>The checked workspace for the current generation (computed here if it is not yet).</summary>
        /// <remarks>A cancelled check leaves no snapshot behind: the next caller checks again.</remarks>
        public Snapshot Current(CancellationToken cancellation = default)
        {
            lock (gate)
            {
                if (snapshot != null && snapshot.Generation == generation)
                {
                    return snapshot;
                }

                var paths = AllPaths();
                var files = new List<SyntaxFile>(paths.Count);
                var versions = new Dictionary<string, int>(StringComparer.Ordinal);
                var uris = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var path in paths)
                {
                    var text = open.TryGetValue(path, out var document) ? document.Text : disk[path];
                    if (document != null)
                    {
                        versions[path] = document.Version;
                        uris[path] = document.Uri;
                    }

                    files.Add(Parse(path, text));
                }

                // A closed file outside the workspace, or one deleted, leaves no parse behind.
                if (parses.Count > paths.Count)
                {
                    var current = new HashSet<string>(paths, StringComparer.Ordinal);
                    foreach (var gone in parses.Keys.Where(p => !current.Contains(p)).ToList())
                    {
                        parses.Remove(gone);
                    }
                }

                // A file added or removed may fall under other config sections: the configuration follows the file list,
                // and the date (expiry is judged against today, and a server runs for days).
                var day = today().Date;
                if (configuration == null || configuredPaths == null || !configuredPaths.SequenceEqual(paths) || configuredOn != day)
                {
                    configuration = LoadConfiguration(paths);
                    configuredPaths = paths;
                    configuredOn = day;
                }

                CheckResult result;
                try
                {
                    // The previous generation's verdicts are kept where this edit cannot have changed them.
                    result = McredChecker.CheckParsed(files, configuration, registry, snapshot?.Result, cancellation);
                    if (!warmedUp)
                    {
                        result = WarmedUp(files, result, cancellation);
                    }
                }
                catch (McredRuleException e)
                {
                    log("mcred: " + e.Message);
                    result = McredChecker.CheckParsed(files, McredConfiguration.Defaults(today()), RuleRegistry.Default);
                }

                snapshot = new Snapshot(generation, result, versions, uris);
                ChecksCompleted++;
                return snapshot;
            }
        }

        /// <summary>
        /// Once, right after the first check: two checks as after edits of one file (a misspelt reference added, then
        /// the file as it is), so the runtime compiles the incremental path and the unresolved-reference path with the
        /// workspace's first diagnostics, not on the user's first keystroke (on a large workspace that cost the first
        /// edit about a third of its time). Done inside the first check, under its lock, so an open or edit that follows
        /// never waits for it. The edited text is never published, and the result equals the full check's.
        /// </summary>
        private CheckResult WarmedUp(List<SyntaxFile> files, CheckResult full, CancellationToken cancellation)
        {
            warmedUp = true;
            if (files.Count == 0)
            {
                return full;
            }

            var index = files.Count / 2;
            var original = files[index];
            var edited = new List<SyntaxFile>(files);
            edited[index] = Parser.Parse(original.Path, original.Text.WithChanges(new TextChange(new TextSpan(original.Text.Length, 0), WarmUpDeclaration)));
            CheckResult broken;
            try
            {
                broken = McredChecker.CheckParsed(edited, configuration!, registry, full, cancellation);
            }
            catch (OperationCanceledException)
            {
                // It stops before binding: the full result stands.
                return full;
            }

            // Back to the real text, with a parse of its own (the check treats the file as edited), to the end.
            edited[index] = Parser.Parse(original.Path, original.Text);
            parses[original.Path] = edited[index];
            return McredChecker.CheckParsed(edited, configuration!, registry, broken, CancellationToken.None);
        }

        private const string WarmUpDeclaration = "\nskill mcred-warm-up {\n  category mcred-warm-up-categry\n}\n";

        private SyntaxFile Parse(string path, SourceText text)
        {
            if (parses.TryGetValue(path, out var parsed) && ReferenceEquals(parsed.Text, text))
            {
                return parsed;
            }

            parsed = Parser.Parse(path, text);
            parses[path] = parsed;
            return parsed;
        }

        private McredConfiguration LoadConfiguration(List<string> paths)
        {
            try
            {
                // A loose file's .globalconfig files are looked up from its own folder, as for 'mcred check FILE'.
                var checkedFolders = new List<string>(roots);
                foreach (var path in paths)
                {
                    if (!UnderRoots(path) && Path.GetDirectoryName(path) is string folder && !checkedFolders.Contains(folder))
                    {
                        checkedFolders.Add(folder);
                    }
                }

                return WorkspaceDiscovery.Configuration(files, paths, checkedFolders, registry, today());
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is McredInputException)
            {
                log("mcred: configuration not read: " + e.Message);
                return McredConfiguration.Defaults(today());
            }
        }

        private Exclusions NewExclusions() => new Exclusions(files, Array.Empty<string>(), Path.GetPathRoot(Environment.CurrentDirectory) ?? "/");

        /// <summary>An open <c>.editorconfig</c>, <c>.globalconfig</c> or <c>.mcredignore</c>: its unsaved text applies as a saved one would.</summary>
        private void SetSettings(string path, OpenDocument document)
        {
            openSettings[path] = document;
            files.SetBuffer(path, document.Text.ToString());
            DiskChanged(path);
        }

        /// <summary>The workspace's files: on disk and open, less what .mcredignore leaves out (an ignored buffer is not checked, as CI would not).</summary>
        private List<string> AllPaths()
        {
            var all = new SortedSet<string>(disk.Keys, StringComparer.Ordinal);
            foreach (var path in open.Keys)
            {
                if (!exclusions.IsExcluded(path))
                {
                    all.Add(path);
                }
            }

            var ordered = new List<string>(all);
            ordered.Sort(WorkspaceOrder.ComparePaths);
            return ordered;
        }

        private void RescanDisk()
        {
            disk.Clear();
            exclusions = NewExclusions();
            foreach (var root in roots)
            {
                try
                {
                    foreach (var path in WorkspaceDiscovery.FindPlans(files, new[] { root }, root, exclusions, e => log("mcred: skipped " + e.Message)))
                    {
                        ReadDiskFile(path);
                    }
                }
                catch (McredInputException e)
                {
                    // A folder without plans yet, or one that cannot be read: the open buffers still count.
                    log("mcred: " + e.Message);
                }
            }
        }

        private void ReadDiskFile(string path)
        {
            disk.Remove(path);
            if (!files.FileExists(path) || !UnderRoots(path) || exclusions.IsExcluded(path))
            {
                return;
            }

            try
            {
                disk[path] = SourceText.From(files.Read(path, out _));
            }
            catch (McredInputException e)
            {
                log("mcred: " + e.Message);
            }
        }

        private bool UnderRoots(string path) => roots.Exists(root => PathText.IsUnder(root, path));

        private void Changed() => generation++;

        private sealed class OpenDocument
        {
            public OpenDocument(string uri, SourceText text, int version)
            {
                Uri = uri;
                Text = text;
                Version = version;
            }

            public string Uri { get; }
            public SourceText Text { get; }
            public int Version { get; }
        }
    }
}
