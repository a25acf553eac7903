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
            var files = McredFiles(start.Options.AdditionalFiles, start.CancellationToken);
            if (files.Count == 0)
            {
                return;
            }

            var options = start.Options;
            var compilation = start.Compilation;
            // Keyed per project, so two projects analysed in one process keep their own cached analysis.
            var project = compilation.AssemblyName ?? string.Empty;
            var workspace = new Lazy<WorkspaceAnalysis>(
                () => _cache.Get(project, WorkspaceAnalysis.Inputs(files, options, compilation, _today(), CancellationToken.None)),
                LazyThreadSafetyMode.ExecutionAndPublication);
            var first = files[0].File.Path;
            start.RegisterAdditionalFileAction(context =>
            {
                var path = context.AdditionalFile.Path;
                if (!IsMcred(path))
                {
                    return;
                }

                var analysis = workspace.Value;
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
        private static List<(AdditionalText File, SourceText Text)> McredFiles(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
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
                if (text != null)
                {
                    files.Add((file, text));
                }
            }

            files.Sort((a, b) => WorkspaceOrder.ComparePaths(a.Item1.Path, b.Item1.Path));
            return files;
        }

        private static bool IsMcred(string path) => path.EndsWith(".mcred", StringComparison.OrdinalIgnoreCase);
    }
}
