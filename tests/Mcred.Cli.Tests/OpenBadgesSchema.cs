using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Mcred.Cli.Tests
{
    /// <summary>
    /// Validates JSON against one definition (Achievement, Profile) of 1EdTech's official Open Badges 3.0 schema with
    /// JsonSchema.Net: a schema that refers to the definition and carries the official <c>$defs</c> unchanged.
    /// </summary>
    internal static class OpenBadgesSchema
    {
        private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new Lazy<Dictionary<string, JsonSchema>>(Build);

        /// <summary>The evaluation errors (empty when the document is valid).</summary>
        public static List<string> Errors(string definition, string json)
        {
            using var document = JsonDocument.Parse(json);
            var result = Schemas.Value[definition].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            return result.IsValid
                ? new List<string>()
                : (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
        }

        private static Dictionary<string, JsonSchema> Build()
        {
            var official = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "ob_v3p0_achievementcredential_schema.json")))!.AsObject();
            var schemas = new Dictionary<string, JsonSchema>();
            foreach (var definition in new[] { "Achievement", "Profile" })
            {
                var wrapper = new JsonObject
                {
                    ["$schema"] = official["$schema"]!.DeepClone(),
                    ["$id"] = "https://mcred.test/ob3/" + definition,
                    ["$ref"] = "#/$defs/" + definition,
                    ["$defs"] = official["$defs"]!.DeepClone(),
                };
                schemas[definition] = JsonSchema.FromText(wrapper.ToJsonString());
            }

            return schemas;
        }
    }
}
