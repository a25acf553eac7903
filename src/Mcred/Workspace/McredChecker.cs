using Mcred.Files;
using System;
using System.Collections.Generic;
using Mcred.Binding;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Rules;
using Mcred.Suppressions;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>
    /// The one pipeline every shell uses: parse each file, bind the workspace, run the rules, apply configured
    /// severities and suppression comments.
    /// </summary>
    public static class McredChecker
    {
        public static CheckResult Check(IEnumerable<McredSource> sources, McredConfiguration configuration, RuleRegistry? registry = null)
        {
            return CheckParsed(ParseAll(Ordered(sources)), configuration, registry);
        }

        /// <summary>
        /// Checks the .mcred files under <paramref name="paths"/> (files or folders, resolved against
        /// <paramref name="baseDirectory"/>) with the configuration the SDK would apply to them.
        /// </summary>
        /// <remarks><c>isExcluded</c> names files to leave out (full paths), e.g. from --exclude and .mcredignore.</remarks>
        public static CheckResult CheckDisk(IReadOnlyList<string> paths, string baseDirectory, DateTime today, RuleRegistry? registry = null, Func<string, bool>? isExcluded = null) =>
            CheckDisk(paths, baseDirectory, today, registry ?? RuleRegistry.Default, isExcluded, null);

        /// <summary>
        /// Checks the files on disk, taking parses from <paramref name="parse"/> when given (a watch reuses the parse of
        /// every file whose text did not change).
        /// </summary>
        internal static CheckResult CheckDisk(IReadOnlyList<string> paths, string baseDirectory, DateTime today, RuleRegistry registry, Func<string, bool>? isExcluded, Func<McredSource, SyntaxFile>? parse) =>
            Check(DiskFileSystem.Instance, paths, baseDirectory, today, registry, isExcluded, parse);

        /// <summary>As <see cref="CheckDisk(IReadOnlyList{string}, string, DateTime, RuleRegistry, Func{string, bool}, Func{McredSource, SyntaxFile})"/>, over any file system (memory in the browser).</summary>
        internal static CheckResult Check(IPlanFileSystem fileSystem, IReadOnlyList<string> paths, string baseDirectory, DateTime today, RuleRegistry registry, Func<string, bool>? isExcluded, Func<McredSource, SyntaxFile>? parse)
        {
            var files = WorkspaceFiles.Find(fileSystem, paths, baseDirectory, isExcluded);
            var sources = new List<McredSource>(files.Count);
            foreach (var file in files)
            {
                sources.Add(new McredSource(file, fileSystem.Read(file, out _)));
            }

            var configuration = ConfigurationLoader.Load(fileSystem, files, WorkspaceFiles.CheckedFolders(fileSystem, paths, baseDirectory), registry, today);
            if (parse == null)
            {
                return Check(sources, configuration, registry);
            }

            var parsed = new List<SyntaxFile>(sources.Count);
            foreach (var source in sources)
            {
                parsed.Add(parse(source));
            }

            return CheckParsed(parsed, configuration, registry);
        }

        /// <summary>Checks files that are already parsed (the analyzer caches parses per text).</summary>
        public static CheckResult CheckParsed(IReadOnlyList<SyntaxFile> parsedFiles, McredConfiguration configuration, RuleRegistry? registry = null) =>
            CheckParsed(parsedFiles, configuration, registry, previous: null);

        /// <summary>The MCR0001 of a syntax error, with its fix when the error carries one.</summary>
        internal static McredDiagnostic SyntaxDiagnostic(string path, Microsoft.CodeAnalysis.Text.SourceText text, SyntaxError error)
        {
            var location = McredLocation.In(path, text, error.Span);
            if (error.Fix is not SyntaxFix fix)
            {
                return new McredDiagnostic(CompilerDiagnostics.SyntaxError, McredSeverity.Error, error.Message, location);
            }

            var edits = new List<McredTextEdit>(fix.Edits.Count);
            foreach (var (span, newText) in fix.Edits)
            {
                edits.Add(new McredTextEdit(path, span, newText));
            }

            return new McredDiagnostic(CompilerDiagnostics.SyntaxError, McredSeverity.Error, error.Message, location, new[] { new McredFix(fix.Title, true, edits) });
        }

        /// <summary>
        /// Checks parsed files after an edit: the result equals a full check's, but declaration rules judge again only
        /// what the edit can affect since <paramref name="previous"/> (same configuration and registry instances).
        /// </summary>
        /// <remarks>Cancelling stops the work before binding starts (an editor's newer edit makes the check stale).</remarks>
        internal static CheckResult CheckParsed(IReadOnlyList<SyntaxFile> parsedFiles, McredConfiguration configuration, RuleRegistry? registry, CheckResult? previous, System.Threading.CancellationToken cancellation = default)
        {
            registry ??= RuleRegistry.Default;
            var files = new List<SyntaxFile>(parsedFiles);
            files.Sort((a, b) => WorkspaceOrder.ComparePaths(a.Path, b.Path));

            // A file handed over twice (a project listing it twice) is one file: checked once, not a duplicate of itself.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            files.RemoveAll(file => !seen.Add(file.Path));

            var diagnostics = new List<McredDiagnostic>(configuration.Diagnostics);
            foreach (var file in files)
            {
                cancellation.ThrowIfCancellationRequested();
                foreach (var error in file.Errors)
                {
                    diagnostics.Add(SyntaxDiagnostic(file.Path, file.Text, error));
                }
            }

            cancellation.ThrowIfCancellationRequested();

            // The previous check's binder moves on to these files (once: a second check from the same result binds afresh).
            var bound = previous?.Binding is BindResult before && before.Binder.TryAdvance(before.Version)
                ? before.Binder.Update(files)
                : new Binder().Update(files);
            var model = bound.Model;
            diagnostics.AddRange(bound.Diagnostics);

            // Once the previous check's binder has moved on, the check runs to its end: a result left half-way would
            // make the next check bind the whole workspace afresh, which costs more than finishing this one.
            var (ruled, findings) = RunRules(model, configuration, registry, previous?.Findings, bound.Delta, previous == null ? cancellation : default);
            diagnostics.AddRange(ruled);
            var final = SuppressionFilter.Apply(files, diagnostics, registry, configuration);
            var result = new CheckResult(files, model, WorkspaceOrder.Sorted(final), configuration) { Findings = findings, Binding = bound };
            if (previous != null && IncrementalVerification.IsOn)
            {
                IncrementalVerification.Verify(result, CheckParsed(parsedFiles, configuration, registry, previous: null, cancellation));
            }

            return result;
        }

        /// <summary>Runs the rules and applies the configured severities; verdicts of <paramref name="previous"/> are kept where an edit cannot have changed them.</summary>
        internal static (List<McredDiagnostic> Diagnostics, RuleFindings Findings) RunRules(Model.McredModel model, McredConfiguration configuration, RuleRegistry registry, RuleFindings? previous = null, BindDelta? delta = null, System.Threading.CancellationToken cancellation = default)
        {
            var (reported, findings) = RuleFindings.Run(model, configuration, registry, previous, delta, cancellation);
            var diagnostics = new List<McredDiagnostic>(reported.Count);
            foreach (var diagnostic in reported)
            {
                var severity = configuration.EffectiveSeverity(diagnostic.Info, diagnostic.Location.Path, diagnostic.Severity);
                if (severity != McredSeverity.None)
                {
                    diagnostics.Add(diagnostic.WithSeverity(severity));
                }
            }

            return (diagnostics, findings);
        }

        /// <summary>Parses each file once; files are independent, so a large workspace is parsed on every core.</summary>
        internal static SyntaxFile[] ParseAll(List<McredSource> sources)
        {
            var files = new SyntaxFile[sources.Count];
            long size = 0;
            foreach (var source in sources)
            {
                size += source.Text.Length;
            }

            if (sources.Count > 1 && size > ParallelThreshold)
            {
                System.Threading.Tasks.Parallel.For(0, sources.Count, i => files[i] = Parser.Parse(sources[i].Path, sources[i].Text));
            }
            else
            {
                for (var i = 0; i < sources.Count; i++)
                {
                    files[i] = Parser.Parse(sources[i].Path, sources[i].Text);
                }
            }

            return files;
        }

        /// <summary>Below this many characters, starting threads costs more than it saves.</summary>
        private const int ParallelThreshold = 512 * 1024;

        private static List<McredSource> Ordered(IEnumerable<McredSource> sources)
        {
            var ordered = new List<McredSource>(sources);
            ordered.Sort((a, b) => WorkspaceOrder.ComparePaths(a.Path, b.Path));
            return ordered;
        }
    }

    /// <summary>A rule threw: the check cannot be trusted, so the shells report it by rule ID instead of crashing.</summary>
    public sealed class McredRuleException : Exception
    {
        internal McredRuleException(McredRule rule, Exception inner)
            : base($"rule {rule.Id} ({rule.Name}) failed: {inner.Message}", inner)
        {
            RuleId = rule.Id;
            Rule = rule;
        }

        public string RuleId { get; }

        /// <summary>The rule that failed: the CLI names the assembly it came from.</summary>
        internal McredRule Rule { get; }
    }
}
