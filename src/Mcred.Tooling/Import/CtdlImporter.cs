using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// A CTDL-ASN competency framework (JSON-LD, as Credential Engine publishes O*NET's) to .mcred: competencies with
    /// children become categories, the others skills in their parent's category, aligned by their @id. Categories are
    /// technical, except O*NET's people- and learning-oriented groups (labels with "Social" or "Process"), which are soft.
    /// Skills that mcred's soft-skill seeds count as soft (speaking, writing, active listening, ...) go into a soft
    /// category of their own wherever their group is technical: the table is <see cref="SoftSkillLabels"/>, documented
    /// in docs/import.md.
    /// </summary>
    internal static class CtdlImporter
    {
        /// <summary>O*NET skill labels the seeds' soft skills cover: communication, thinking, learning, working with others, organizing.</summary>
        public static readonly string[] SoftSkillLabels =
        {
            "Active Listening", "Speaking", "Writing", // communication
            "Critical Thinking", "Complex Problem Solving", "Judgment and Decision Making", // problem-solving, critical thinking
            "Active Learning", "Learning Strategies", "Monitoring", // learning and self-management
            "Coordination", "Instructing", "Negotiation", "Persuasion", "Service Orientation", "Social Perceptiveness", // working with others
            "Time Management", // organizational skills
        };

        public static ImportedWorkspace Import(string path, string prefix)
        {
            JsonDocument document;
            var bytes = Files.BoundedInput.ReadFile(path, path, "CTDL file");
            try
            {
                document = JsonDocument.Parse(bytes);
            }
            catch (JsonException e)
            {
                throw new ToolingException($"{path}: not JSON ({e.Message})");
            }

            using (document)
            {
                try
                {
                    return Import(path, prefix, document.RootElement);
                }
                catch (InvalidOperationException e)
                {
                    // System.Text.Json refuses text it cannot transcode (a lone surrogate escape, say).
                    throw new ToolingException($"{path}: {e.Message}");
                }
            }
        }

        private static ImportedWorkspace Import(string path, string prefix, JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ToolingException($"{path}: the root is {Describe(root)}, not an object (expected a CTDL-ASN framework in JSON-LD)");
            }

            if (!root.TryGetProperty("@graph", out var graph) || graph.ValueKind != JsonValueKind.Array)
            {
                throw new ToolingException($"{path}: no @graph (expected a CTDL-ASN framework in JSON-LD)");
            }

            var nodes = graph.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object).ToList();
            for (var i = 0; i < nodes.Count; i++)
            {
                CheckShape(path, nodes[i], i + 1);
            }

            var framework = nodes.FirstOrDefault(n => Type(n) == "ceasn:CompetencyFramework");
            var attribution = $"# Imported from the CTDL-ASN framework \"{Text(framework, "ceasn:name")}\" ({Text(framework, "ceasn:license")}).\n";
            var workspace = new ImportedWorkspace(attribution, prefix);
            var competencies = nodes.Where(n => Type(n) == "ceasn:Competency").ToList();
            var categories = new Dictionary<string, string>(StringComparer.Ordinal);
            var softGroups = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in competencies.Where(n => n.TryGetProperty("ceasn:hasChild", out _)))
            {
                var label = Label(group);
                if (string.IsNullOrWhiteSpace(label))
                {
                    workspace.SkippedRecords++;
                    continue;
                }

                var soft = label.Contains("Social") || label.Contains("Process");
                categories[Id(group)] = workspace.AddCategory(label, soft ? "soft" : "technical", Text(group, "ceasn:competencyText"));
                if (soft)
                {
                    softGroups.Add(Id(group));
                }
            }

            string? softCategory = null;
            foreach (var skill in competencies.Where(n => !n.TryGetProperty("ceasn:hasChild", out _)))
            {
                var label = Label(skill);
                if (string.IsNullOrWhiteSpace(label) || string.IsNullOrWhiteSpace(Id(skill)))
                {
                    // A skill needs a name and an address to check clean: such a record is skipped and counted.
                    workspace.SkippedRecords++;
                    continue;
                }

                var parent = Parents(skill).FirstOrDefault(p => categories.ContainsKey(p));
                var category = parent != null ? categories[parent] : null;
                if (SoftSkillLabels.Contains(label, StringComparer.OrdinalIgnoreCase) && (parent == null || !softGroups.Contains(parent)))
                {
                    category = softCategory ??= workspace.AddCategory("Soft skills", "soft", "Skills mcred's soft-skill seeds count as soft, whatever their source group (see docs/import.md)");
                }

                workspace.AddSkill(label, category, Text(skill, "ceasn:competencyText"), "ctdl", Id(skill));
            }

            return workspace;
        }

        /// <summary>The fields the importer reads must have the shape CTDL-ASN gives them; anything else is one line naming the record.</summary>
        private static void CheckShape(string path, JsonElement node, int record)
        {
            if (node.TryGetProperty("@id", out var id) && id.ValueKind != JsonValueKind.String)
            {
                throw new ToolingException($"{path}: @graph record {record}: '@id' is {Describe(id)}, expected a string");
            }

            if (node.TryGetProperty("ceasn:isChildOf", out var parents)
                && parents.ValueKind != JsonValueKind.String
                && (parents.ValueKind != JsonValueKind.Array || parents.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String)))
            {
                throw new ToolingException($"{path}: @graph record {record}: 'ceasn:isChildOf' is {Describe(parents)}, expected a list of @id strings");
            }
        }

        private static string Describe(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object: return "an object";
                case JsonValueKind.Array: return "an array";
                case JsonValueKind.Number: return "a number";
                case JsonValueKind.True:
                case JsonValueKind.False: return "a boolean";
                case JsonValueKind.Null: return "null";
                default: return "a string";
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
            if (node.TryGetProperty("ceasn:isChildOf", out var single) && single.ValueKind == JsonValueKind.String)
            {
                yield return single.GetString() ?? string.Empty;
            }

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
