using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Mcred.Syntax;
using Mcred.Workspace;
using Mcred.Tooling.Files;

namespace Mcred.Cli.Commands
{
    /// <summary>
    /// <c>check --watch</c>: checks, then checks again after every burst of changes to .mcred, .editorconfig,
    /// .globalconfig or .mcredignore files under the paths (one check per burst: it waits until the file system has
    /// been quiet for a moment), printing a fresh report under a time stamp. Files whose text did not change keep
    /// their parse. An input error (a file deleted mid-check) is printed and the watch goes on. Ctrl+C ends it, exit 0.
    /// </summary>
    internal static class CheckWatcher
    {
        /// <summary>How long the file system must stay quiet before a re-check (an editor's save is several events).</summary>
        internal static TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

        public static int Run(CliContext context, CheckSettings settings)
        {
            var cache = new Dictionary<string, SyntaxFile>(StringComparer.Ordinal);
            SyntaxFile Parse(McredSource source)
            {
                if (cache.TryGetValue(source.Path, out var parsed) && parsed.Text.ContentEquals(source.Text))
                {
                    return parsed;
                }

                parsed = Parser.Parse(source.Path, source.Text);
                cache[source.Path] = parsed;
                return parsed;
            }

            using var changed = new SemaphoreSlim(0);
            var watchers = new List<WatchedPath>();
            try
            {
                foreach (var path in settings.Paths)
                {
                    watchers.Add(new WatchedPath(context.FullPath(path), () => changed.Release()));
                }

                var announced = false;
                while (!context.Cancellation.IsCancellationRequested)
                {
                    CheckOnce(context, settings, Parse);
                    if (!announced)
                    {
                        // Said at once: a watch that prints nothing until the first change looks hung.
                        announced = true;
                        context.Output.WriteLine($"watching {Watched(context, settings)} under {string.Join(", ", settings.Paths)} — Ctrl+C to stop");
                        context.Output.Flush();
                    }

                    if (!WaitForBurst(changed, context.Cancellation))
                    {
                        break;
                    }

                    // A watched folder deleted and made again is a new folder: watch that one.
                    foreach (var watcher in watchers)
                    {
                        watcher.Refresh();
                    }
                }
            }
            finally
            {
                foreach (var watcher in watchers)
                {
                    watcher.Dispose();
                }
            }

            return ExitCodes.Success;
        }

        private static string Watched(CliContext context, CheckSettings settings)
        {
            try
            {
                var count = WorkspaceDiscovery.FindPlans(DiskFileSystem.Instance, settings.Paths, context.CurrentDirectory, settings.Excludes).Count;
                return count == 1 ? "1 file" : $"{count} files";
            }
            catch (McredInputException)
            {
                return "for files";
            }
        }

        private static void CheckOnce(CliContext context, CheckSettings settings, Func<McredSource, SyntaxFile> parse)
        {
            context.Output.WriteLine($"[{DateTime.Now:HH:mm:ss}] mcred check {string.Join(" ", settings.Paths)}");
            try
            {
                CheckCommand.Once(context, settings, parse);
            }
            catch (Exception e) when (e is CliException || e is McredInputException || e is IOException || e is UnauthorizedAccessException)
            {
                context.Error.WriteLine("mcred: " + e.Message);
            }

            context.Output.Flush();
        }

        /// <summary>Waits for a change, then until none has come for <see cref="Quiet"/>; false when cancelled.</summary>
        private static bool WaitForBurst(SemaphoreSlim changed, CancellationToken cancellation)
        {
            try
            {
                changed.Wait(cancellation);
                while (changed.Wait(Quiet, cancellation))
                {
                }

                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        /// <summary>
        /// One path of the watch: its folder, recursively, and the folder above it for the path itself, so that deleting
        /// and re-creating the watched folder (a branch switch, a rebuild) is seen and the new folder is watched.
        /// </summary>
        private sealed class WatchedPath : IDisposable
        {
            private readonly string path;
            private readonly Action onChange;
            private readonly FileSystemWatcher? parent;
            private FileSystemWatcher? watcher;
            private string? identity;

            public WatchedPath(string path, Action onChange)
            {
                this.path = path;
                this.onChange = onChange;
                var above = Path.GetDirectoryName(WatchedFolder(path));
                if (above != null && Directory.Exists(above))
                {
                    parent = new FileSystemWatcher(above) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName };
                    var name = Path.GetFileName(WatchedFolder(path));
                    FileSystemEventHandler mine = (_, e) =>
                    {
                        if (e.Name == name)
                        {
                            onChange();
                        }
                    };
                    parent.Created += mine;
                    parent.Deleted += mine;
                    parent.Renamed += (_, e) =>
                    {
                        if (e.Name == name || e.OldName == name)
                        {
                            onChange();
                        }
                    };
                    parent.EnableRaisingEvents = true;
                }

                Refresh();
            }

            /// <summary>Watches the folder that is there now (none while it is gone).</summary>
            public void Refresh()
            {
                var folder = WatchedFolder(path);
                var now = Directory.Exists(folder) ? Mcred.Files.FileFacts.Of(folder)?.Identity ?? folder : null;
                if (watcher != null && now == identity)
                {
                    return;
                }

                watcher?.Dispose();
                watcher = null;
                identity = now;
                if (now != null)
                {
                    try
                    {
                        watcher = Watch(path, onChange);
                    }
                    catch (Exception e) when (e is IOException || e is ArgumentException || e is UnauthorizedAccessException)
                    {
                        // Gone again between the check and the watch: the folder above reports its return.
                        identity = null;
                    }
                }
            }

            public void Dispose()
            {
                watcher?.Dispose();
                parent?.Dispose();
            }

            private static string WatchedFolder(string path) => Directory.Exists(path) || !File.Exists(path) && !Path.HasExtension(path) ? path.TrimEnd(Path.DirectorySeparatorChar) : Path.GetDirectoryName(path) ?? path;
        }

        private static FileSystemWatcher Watch(string path, Action onChange)
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? path;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = Directory.Exists(path),
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            FileSystemEventHandler relevant = (_, e) =>
            {
                if (Matters(e.FullPath))
                {
                    onChange();
                }
            };
            watcher.Changed += relevant;
            watcher.Created += relevant;
            watcher.Deleted += relevant;
            watcher.Renamed += (_, e) =>
            {
                if (Matters(e.FullPath) || Matters(e.OldFullPath))
                {
                    onChange();
                }
            };

            // Too many events at once: re-check rather than miss one.
            watcher.Error += (_, _) => onChange();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }

        /// <summary>A plan, a config file, or a folder (created, moved or deleted, it may hold plans).</summary>
        private static bool Matters(string path)
        {
            var name = Path.GetFileName(path);
            return Directory.Exists(path) || !Path.HasExtension(name) || WorkspaceFiles.IsPlanPath(name) || name == ".editorconfig" || name == ".globalconfig" || name == Exclusions.IgnoreFileName;
        }
    }
}
