using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Mcred.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Analyzers
{
    /// <summary>
    /// Reports mcred's diagnostics on the project's .mcred additional files. Each file's action binds the whole
    /// workspace (once per compilation, cached across compilations) and reports the diagnostics located in that file,
    /// so cross-file rules work live in the IDE without compilation-end actions.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
    public sealed class McredAnalyzer : DiagnosticAnalyzer
    {
        private readonly WorkspaceCache _cache;
        private readonly Func<DateTime> _today;

        public McredAnalyzer()
            : this(WorkspaceCache.Shared, () => DateTime.Today)
        {
        }

        /// <summary>A test seam: a cache of the test's own (to count parses and checks) and a fixed date.</summary>
        internal McredAnalyzer(WorkspaceCache cache, Func<DateTime> today)
        {
            _cache = cache;
            _today = today;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private void OnCompilationStart(CompilationStartAnalysisContext start)
        {
            var undecodable = new HashSet<string>(StringComparer.Ordinal);
            var files = McredFiles(start.Options.AdditionalFiles, undecodable, start.CancellationToken);
            var configs = ConfigFiles(start.Options.AdditionalFiles, start.CancellationToken);
            if (files.Count == 0 && undecodable.Count == 0)
            {
                return;
            }

            var options = start.Options;
            var compilation = start.Compilation;
            // Keyed per project, so two projects analysed in one process keep their own cached analysis.
            var project = compilation.AssemblyName ?? string.Empty;
            var workspace = new CancellableOnce<WorkspaceAnalysis>(
                cancellation => _cache.Get(project, WorkspaceAnalysis.Inputs(files, configs, options, compilation, _today(), cancellation), cancellation));
            var first = files.Count > 0 ? files[0].File.Path : null; // none when every .mcred file is undecodable
            start.RegisterAdditionalFileAction(context =>
            {
                var path = context.AdditionalFile.Path;
                if (!IsMcred(path))
                {
                    // A config file the package's targets handed over carries its own MCR0007, on its line.
                    if (configs.Exists(c => c.Path == path))
                    {
                        foreach (var diagnostic in workspace.Get(context.CancellationToken).For(path))
                        {
                            context.ReportDiagnostic(diagnostic);
                        }
                    }

                    return;
                }

                if (undecodable.Contains(path))
                {
                    // As the CLI refuses the file ("not valid UTF-8"), the build reports it once and checks the rest.
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.MCR0001,
                        Location.Create(path, default, new LinePositionSpan(default, default)),
                        "not valid UTF-8: save the file as UTF-8"));
                    return;
                }

                var analysis = workspace.Get(context.CancellationToken);
                foreach (var diagnostic in analysis.For(path))
                {
                    context.ReportDiagnostic(diagnostic);
                }

                if (path == first)
                {
                    foreach (var diagnostic in analysis.WithoutLocation)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            });
        }

        /// <summary>The .mcred additional files with readable text, each path once, in workspace order.</summary>
        private static List<(AdditionalText File, SourceText Text)> McredFiles(ImmutableArray<AdditionalText> additionalFiles, HashSet<string> undecodable, CancellationToken cancellationToken)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var files = new List<(AdditionalText, SourceText)>();
            foreach (var file in additionalFiles)
            {
                if (!IsMcred(file.Path) || !seen.Add(file.Path))
                {
                    continue;
                }

                var text = file.GetText(cancellationToken);
                if (text == null)
                {
                    continue;
                }

                if (IsUndecodable(text))
                {
                    undecodable.Add(file.Path);
                    continue;
                }

                files.Add((file, text));
            }

            files.Sort((a, b) => WorkspaceOrder.ComparePaths(a.Item1.Path, b.Item1.Path));
            return files;
        }

        /// <summary>
        /// The compiler never refuses an additional file: bytes that are not UTF-8 reach an analyzer as U+FFFD
        /// replacement characters (measured with the SDK's compiler), or decoded with a single-byte fallback encoding.
        /// Either is how an analyzer can tell. A plan that spells U+FFFD on purpose is reported too: that character
        /// is the mark of text already damaged.
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, object> Undecodable =
            new System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, object>();

        private static readonly object Yes = new object();
        private static readonly object No = new object();

        /// <summary>Answered once per text: an unchanged file keeps its SourceText, so it is not scanned again.</summary>
        private static bool IsUndecodable(SourceText text) => Undecodable.GetValue(text, t => ScanUndecodable(t) ? Yes : No) == Yes;

        private static bool ScanUndecodable(SourceText text)
        {
            if (text.Encoding != null && text.Encoding.IsSingleByte && text.Encoding.CodePage != System.Text.Encoding.UTF8.CodePage)
            {
                return true;
            }

            var buffer = new char[4096];
            for (var start = 0; start < text.Length; start += buffer.Length)
            {
                var count = Math.Min(buffer.Length, text.Length - start);
                text.CopyTo(start, buffer, 0, count);
                if (Array.IndexOf(buffer, '\uFFFD', 0, count) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsMcred(string path) => WorkspaceFiles.IsPlanPath(path);

        /// <summary>
        /// The .editorconfig and global config files the package's targets pass as additional files (each path once):
        /// with them the analyzer loads its configuration exactly as <c>mcred check</c> does, and reports a bad value on
        /// its line; without them it reads the options Roslyn merged.
        /// </summary>
        private static List<(string Path, SourceText Text)> ConfigFiles(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var configs = new List<(string, SourceText)>();
            foreach (var file in additionalFiles)
            {
                var name = System.IO.Path.GetFileName(file.Path);
                if ((name == ".editorconfig" || name.EndsWith(".globalconfig", StringComparison.Ordinal)) && seen.Add(file.Path) && file.GetText(cancellationToken) is SourceText text)
                {
                    configs.Add((file.Path, text));
                }
            }

            return configs;
        }
    }
}
