using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Mcred.Cli.Import
{
    /// <summary>
    /// A CTDL-ASN competency framework (JSON-LD, as Credential Engine publishes O*NET's) to .mcred: competencies with
    /// children become categories, the others skills in their parent's category, aligned by their @id. Categories are
    /// technical, except O*NET's people- and learning-oriented groups (labels with "Social" or "Process"), which are soft.
    /// </summary>
    internal static class CtdlImporter
    {
        public static ImportedWorkspace Import(string path)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new CliException($"{path}: cannot read the file: {e.Message}");
            }
            catch (JsonException e)
            {
                throw new CliException($"{path}: not JSON ({e.Message})");
            }

            using (document)
            {
                if (!document.RootElement.TryGetProperty("@graph", out var graph) || graph.ValueKind != JsonValueKind.Array)
                {
                    throw new CliException($"{path}: no @graph (expected a CTDL-ASN framework in JSON-LD)");
                }

                var nodes = graph.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object).ToList();
                var framework = nodes.FirstOrDefault(n => Type(n) == "ceasn:CompetencyFramework");
                var attribution = $"# Imported from the CTDL-ASN framework \"{Text(framework, "ceasn:name")}\" ({Text(framework, "ceasn:license")}).\n";
                var workspace = new ImportedWorkspace(attribution);
                var competencies = nodes.Where(n => Type(n) == "ceasn:Competency").ToList();
                var categories = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var group in competencies.Where(n => n.TryGetProperty("ceasn:hasChild", out _)))
                {
                    var label = Label(group);
                    var type = label.Contains("Social") || label.Contains("Process") ? "soft" : "technical";
                    categories[Id(group)] = workspace.AddCategory(label, type, Text(group, "ceasn:competencyText"));
                }

                foreach (var skill in competencies.Where(n => !n.TryGetProperty("ceasn:hasChild", out _)))
                {
                    var parent = Parents(skill).FirstOrDefault(p => categories.ContainsKey(p));
                    workspace.AddSkill(Label(skill), parent != null ? categories[parent] : null, Text(skill, "ceasn:competencyText"), "ctdl", Id(skill));
                }

                return workspace;
            }
        }

        private static string Type(JsonElement node) => node.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;

        private static string Id(JsonElement node) => node.TryGetProperty("@id", out var id) ? id.GetString() ?? string.Empty : string.Empty;

        private static string Label(JsonElement node)
        {
            var label = Text(node, "ceasn:competencyLabel");
            return label.Length > 0 ? label : Text(node, "ceasn:competencyText");
        }

        private static IEnumerable<string> Parents(JsonElement node)
        {
            if (node.TryGetProperty("ceasn:isChildOf", out var parents) && parents.ValueKind == JsonValueKind.Array)
            {
                foreach (var p in parents.EnumerateArray())
                {
                    yield return p.GetString() ?? string.Empty;
                }
            }
        }

        /// <summary>A language map's English value (any language when there is no English), or a plain string.</summary>
        private static string Text(JsonElement node, string property)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
            {
                return string.Empty;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString() ?? string.Empty;
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                var languages = value.EnumerateObject().ToList();
                var english = languages.FirstOrDefault(l => l.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase));
                var chosen = english.Value.ValueKind == JsonValueKind.String ? english : languages.FirstOrDefault();
                return chosen.Value.ValueKind == JsonValueKind.String ? chosen.Value.GetString() ?? string.Empty : string.Empty;
            }

            return string.Empty;
        }
    }
}
