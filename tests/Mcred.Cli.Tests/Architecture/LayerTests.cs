using System;
using System.Collections.Generic;
using System.Linq;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Xunit;

namespace Mcred.Cli.Tests.Architecture
{
    /// <summary>
    /// The layer table of docs/architecture.md, as a test: a dependency the table does not allow (a backward edge, a
    /// cycle) fails the build's tests with the types that make it.
    /// </summary>
    public class LayerTests
    {
        private static readonly ArchUnitNET.Domain.Architecture Loaded = new ArchLoader()
            .LoadAssemblies(
                typeof(Workspace.McredChecker).Assembly,
                typeof(Tooling.JsonText).Assembly,
                typeof(LanguageServer.McredLanguageServer).Assembly,
                typeof(Mcred.Cli.ExitCodes).Assembly)
            .Build();

        /// <summary>Each namespace of the core and the other Mcred namespaces it may use (docs/architecture.md).</summary>
        private static readonly Dictionary<string, string[]> CoreLayers = new Dictionary<string, string[]>
        {
            ["Mcred.Files"] = Array.Empty<string>(),
            ["Mcred.Diagnostics"] = Array.Empty<string>(),
            ["Mcred.Syntax"] = new[] { "Mcred.Diagnostics" },
            ["Mcred.Model"] = new[] { "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
            ["Mcred.Binding"] = new[] { "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
            ["Mcred.Rules"] = new[] { "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
            ["Mcred.Configuration"] = new[] { "Mcred.Rules", "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
            ["Mcred.Suppressions"] = new[] { "Mcred.Configuration", "Mcred.Rules", "Mcred.Formatting", "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
            ["Mcred.Formatting"] = new[] { "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics" },
            ["Mcred.Workspace"] = new[] { "Mcred.Suppressions", "Mcred.Configuration", "Mcred.Rules", "Mcred.Binding", "Mcred.Formatting", "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
            ["Mcred.Fixtures"] = new[] { "Mcred.Workspace", "Mcred.Suppressions", "Mcred.Configuration", "Mcred.Rules", "Mcred.Model", "Mcred.Syntax", "Mcred.Diagnostics", "Mcred.Files" },
        };

        /// <summary>Each assembly and the Mcred assemblies it may use: the shells sit on the core and Mcred.Tooling, never on each other (the CLI hosts the server for `mcred lsp`). The analyzer references only the core in its project file.</summary>
        private static readonly Dictionary<string, string[]> AssemblyLayers = new Dictionary<string, string[]>
        {
            ["Mcred"] = Array.Empty<string>(),
            ["Mcred.Tooling"] = new[] { "Mcred" },
            ["Mcred.LanguageServer"] = new[] { "Mcred", "Mcred.Tooling" },
            ["Mcred.Cli"] = new[] { "Mcred", "Mcred.Tooling", "Mcred.LanguageServer" },
        };

        [Fact]
        public void The_core_namespaces_use_only_the_layers_below_them()
        {
            var forbidden = Edges(t => t.Namespace.FullName, t => t.Assembly.Name.Split(',')[0] == "Mcred")
                .Where(e => !Allowed(CoreLayers, e.From, e.To))
                .ToList();
            Assert.True(forbidden.Count == 0, "edges the layer table does not allow:\n  " + string.Join("\n  ", forbidden.Select(e => e.ToString())));
        }

        [Fact]
        public void The_assemblies_use_only_the_layers_below_them()
        {
            var forbidden = Edges(t => t.Assembly.Name.Split(',')[0], _ => true)
                .Where(e => !Allowed(AssemblyLayers, e.From, e.To))
                .ToList();
            Assert.True(forbidden.Count == 0, "edges the layer table does not allow:\n  " + string.Join("\n  ", forbidden.Select(e => e.ToString())));
        }

        [Fact]
        public void No_cycles_between_the_libraries_namespaces_or_between_assemblies()
        {
            // The libraries (the core, Mcred.Tooling) are layered inside too; a shell's namespaces are one layer.
            var libraries = new[] { "Mcred", "Mcred.Tooling" };
            var namespaces = Edges(t => t.Namespace.FullName, t => libraries.Contains(t.Assembly.Name.Split(',')[0]))
                .Where(e => !e.To.StartsWith("Mcred.Cli", StringComparison.Ordinal) && !e.To.StartsWith("Mcred.LanguageServer", StringComparison.Ordinal))
                .ToList();
            foreach (var edges in new[] { namespaces, Edges(t => t.Assembly.Name.Split(',')[0], _ => true) })
            {
                var cycle = FindCycle(edges);
                Assert.True(cycle == null, "a cycle: " + (cycle == null ? string.Empty : string.Join(" -> ", cycle)) + "\n  " + string.Join("\n  ", edges.Where(e => cycle != null && cycle.Contains(e.From) && cycle.Contains(e.To)).Select(e => e.ToString())));
            }
        }

        /// <summary>A path that returns to its start (depth-first search), or null.</summary>
        private static List<string>? FindCycle(List<Edge> edges)
        {
            var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
            var done = new HashSet<string>();
            var path = new List<string>();
            List<string>? Visit(string node)
            {
                var at = path.IndexOf(node);
                if (at >= 0)
                {
                    return path.Skip(at).Append(node).ToList();
                }

                if (!done.Add(node))
                {
                    return null;
                }

                path.Add(node);
                foreach (var to in next.TryGetValue(node, out var targets) ? targets : new List<string>())
                {
                    if (Visit(to) is List<string> found)
                    {
                        return found;
                    }
                }

                path.RemoveAt(path.Count - 1);
                return null;
            }

            return next.Keys.Select(Visit).FirstOrDefault(c => c != null);
        }

        private static bool Allowed(Dictionary<string, string[]> layers, string from, string to) =>
            from == to || !layers.TryGetValue(from, out var allowed) || allowed.Contains(to) || !layers.ContainsKey(to) && !IsLayer(layers, to);

        private static bool IsLayer(Dictionary<string, string[]> layers, string name) => layers.Keys.Any(k => name == k || name.StartsWith(k + ".", StringComparison.Ordinal));

        private sealed record Edge(string From, string To, string Example)
        {
            public override string ToString() => $"{From} -> {To} (e.g. {Example})";
        }

        /// <summary>Layer-to-layer dependencies between Mcred types; a nested namespace (Mcred.Rules.BuiltIn) belongs to its layer.</summary>
        private static List<Edge> Edges(Func<IType, string> layerOf, Func<IType, bool> include)
        {
            var edges = new Dictionary<(string, string), string>();
            foreach (var type in Loaded.Types.Where(t => t.FullName.StartsWith("Mcred", StringComparison.Ordinal) && include(t)))
            {
                var from = Normalize(layerOf(type));
                foreach (var dependency in type.Dependencies)
                {
                    var target = dependency.Target;
                    if (!target.FullName.StartsWith("Mcred", StringComparison.Ordinal) || target.FullName.StartsWith("Mcred.Cli.Tests", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var to = Normalize(layerOf(target));
                    if (from != to)
                    {
                        edges.TryAdd((from, to), $"{type.FullName} uses {target.FullName}");
                    }
                }
            }

            return edges.Select(e => new Edge(e.Key.Item1, e.Key.Item2, e.Value)).OrderBy(e => e.From + e.To, StringComparer.Ordinal).ToList();
        }

        /// <summary>Mcred.Rules.BuiltIn is part of Mcred.Rules: the table lists layers, not every namespace.</summary>
        private static string Normalize(string name) =>
            CoreLayers.Keys.FirstOrDefault(k => name.StartsWith(k + ".", StringComparison.Ordinal)) ?? name;
    }
}
