using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Mcred.Analyzers;
using Mcred.LanguageServer;
using Mcred.LanguageServer.Tests;
using Mcred.Rules;
using Mcred.Syntax;
using Mcred.TestSupport;
using Mcred.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Reliability.Tests.Parity
{
    /// <summary>Runs one workspace folder through each shell the way its user meets it, and reads back what each shows.</summary>
    internal static class Shells
    {
        /// <summary>The date every shell is given (where <c>mcred_today</c> does not set one).</summary>
        public static readonly DateTime Today = CliRun.Today;

        /// <summary><c>mcred check --format json</c> (and SARIF, the format that carries related locations). The CLI shows no tags.</summary>
        public static List<Finding> Cli(string folder)
        {
            var run = new CliRun(folder);
            run.Run("check", ".", "--format", "json", "--fail-on", "none");
            var json = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
            run.Run("check", ".", "--format", "sarif", "--fail-on", "none");
            var sarif = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            if (json.Count != sarif.Count)
            {
                throw new InvalidOperationException($"the CLI's json has {json.Count} diagnostics, its SARIF {sarif.Count}");
            }

            return json.Select((d, i) => new Finding(
                d.GetProperty("path").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32(),
                d.GetProperty("endLine").GetInt32(),
                d.GetProperty("endColumn").GetInt32(),
                d.GetProperty("id").GetString()!,
                d.GetProperty("severity").GetString()!,
                d.GetProperty("message").GetString()!,
                Finding.Places(SarifRelated(sarif[i])),
                Unnecessary: false)).ToList();
        }

        private static IEnumerable<string> SarifRelated(JsonElement result)
        {
            if (!result.TryGetProperty("relatedLocations", out var related))
            {
                yield break;
            }

            foreach (var location in related.EnumerateArray())
            {
                var physical = location.GetProperty("physicalLocation");
                var region = physical.GetProperty("region");
                yield return Finding.Place(
                    physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!,
                    region.GetProperty("startLine").GetInt32(),
                    region.GetProperty("startColumn").GetInt32(),
                    region.GetProperty("endLine").GetInt32(),
                    region.GetProperty("endColumn").GetInt32());
            }
        }

        /// <summary>
        /// The analyzer as an IDE or <c>dotnet build</c> runs it: a Roslyn project whose additional files are the plans
        /// and whose analyzer config documents (and additional files) are every .editorconfig and .globalconfig of the
        /// folder (as the SDK and the package's targets pass them); silent diagnostics (hidden) are left out, as the CLI prints none.
        /// </summary>
        public static async Task<List<Finding>> Analyzer(string folder, IReadOnlyList<string> plans)
        {
            using var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Create(), "plans", "plans", LanguageNames.CSharp,
                filePath: Path.Combine(folder, "plans.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
            foreach (var plan in plans)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(plan), SourceText.From(File.ReadAllText(plan)), filePath: plan);
            }

            foreach (var config in ConfigFiles(folder))
            {
                // As the package's targets do: each config file is an analyzer config and an additional file.
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(config), SourceText.From(File.ReadAllText(config)), filePath: config);
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(config), SourceText.From(File.ReadAllText(config)), filePath: config);
            }

            var project = solution.GetProject(projectId)!;
            var compilation = (await project.GetCompilationAsync())!;
            var cache = new WorkspaceCache(Parser.Parse, (files, configuration, previous, cancellation) => McredChecker.CheckParsed(files, configuration, null, previous, cancellation));
            var analyzer = new McredAnalyzer(cache, () => Today);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
            if (failures.Count > 0)
            {
                throw new InvalidOperationException("the analyzer failed: " + string.Join("\n", failures.Select(d => d.GetMessage())));
            }

            return diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return new Finding(
                    Relative(folder, span.Path),
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    span.EndLinePosition.Line + 1,
                    span.EndLinePosition.Character + 1,
                    d.Id,
                    d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "suggestion" },
                    d.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                    Finding.Places(d.AdditionalLocations.Select(l => l.GetLineSpan()).Select(s => Finding.Place(Relative(folder, s.Path), s.StartLinePosition.Line + 1, s.StartLinePosition.Character + 1, s.EndLinePosition.Line + 1, s.EndLinePosition.Character + 1))),
                    d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.Unnecessary));
            }).ToList();
        }

        /// <summary>The language server as an editor meets it over its protocol: initialized on the folder, every publication of the first check.</summary>
        public static async Task<List<Finding>> LanguageServer(string folder)
        {
            var (clientStream, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
            var log = new StringWriter();
            using var server = new McredLanguageServer(serverStream, serverStream, log, () => Today);
            var published = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            server.Published += (_, count) => published.TrySetResult(count);
            var serving = server.RunAsync();
            using var client = new LspClient(clientStream, clientStream);
            await client.Initialize(folder);
            if (await Task.WhenAny(published.Task, Task.Delay(LspClient.Patience)) != published.Task)
            {
                throw new TimeoutException("the language server published nothing: " + log);
            }

            await client.WaitForPublications(await published.Task);

            var findings = new List<Finding>();
            foreach (var publication in client.Diagnostics.Values)
            {
                var path = Relative(folder, new Uri(publication.Uri).LocalPath);
                foreach (var d in publication.Diagnostics)
                {
                    findings.Add(new Finding(
                        path,
                        d.Range.Start.Line + 1,
                        d.Range.Start.Character + 1,
                        d.Range.End.Line + 1,
                        d.Range.End.Character + 1,
                        d.Code,
                        d.Severity switch { 1 => "error", 2 => "warning", _ => "suggestion" },
                        d.Message,
                        Finding.Places((d.RelatedInformation ?? new List<Mcred.LanguageServer.Protocol.DiagnosticRelatedInformation>()).Select(r => Finding.Place(
                            Relative(folder, new Uri(r.Location.Uri).LocalPath), r.Location.Range.Start.Line + 1, r.Location.Range.Start.Character + 1, r.Location.Range.End.Line + 1, r.Location.Range.End.Character + 1))),
                        d.Tags?.Contains(Mcred.LanguageServer.Protocol.LspConstants.TagUnnecessary) == true));
                }
            }

            if (log.ToString().Contains("checking failed", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the language server's check failed: " + log);
            }

            return findings;
        }

        /// <summary>The plans <c>mcred check</c> would read in the folder (every .mcred file; the corpus has no .mcredignore).</summary>
        public static List<string> Plans(string folder) =>
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(WorkspaceFiles.IsPlanPath).OrderBy(p => p, StringComparer.Ordinal).ToList();

        private static IEnumerable<string> ConfigFiles(string folder) =>
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(p => Path.GetFileName(p) is ".editorconfig" or ".globalconfig");

        private static string Relative(string folder, string? path) => string.IsNullOrEmpty(path) ? "(no location)" : Path.GetRelativePath(folder, path).Replace('\\', '/');
    }
}
