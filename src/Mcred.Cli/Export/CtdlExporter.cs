using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Mcred.Model;
using Mcred.Workspace;

namespace Mcred.Cli.Export
{
    /// <summary>
    /// CTDL (Credential Transparency Description Language) as one JSON-LD graph, for the Credential Registry: a
    /// <c>ceterms:CredentialOrganization</c> per issuer, a credential of the matching class per credential requiring a
    /// <c>ceterms:ConditionProfile</c> whose target competencies are its skills, and a <c>ceasn:CompetencyFramework</c>
    /// with a <c>ceasn:Competency</c> per skill. CTIDs are <c>ce-</c> and a name-based UUID of kind and ID, so a
    /// re-export is identical.
    /// </summary>
    internal sealed class CtdlExporter
    {
        public const string Context = "https://credreg.net/ctdl/schema/context/json";
        private const string Resources = "https://credentialengineregistry.org/resources/";

        private readonly string language;

        public CtdlExporter(string language) => this.language = language;

        public JsonObject Graph(CheckResult plan, string frameworkName)
        {
            var model = plan.Model;
            var graph = new JsonArray();
            foreach (var issuer in model.Issuers)
            {
                graph.Add(Organization(issuer));
            }

            foreach (var credential in model.Credentials)
            {
                graph.Add(Credential(credential));
            }

            var framework = new JsonObject
            {
                ["@id"] = Uri(FrameworkCtid(frameworkName)),
                ["@type"] = "ceasn:CompetencyFramework",
                ["ceterms:ctid"] = FrameworkCtid(frameworkName),
                ["ceasn:name"] = Text(frameworkName),
                ["ceasn:description"] = Text($"The skills of {frameworkName}: {model.Skills.Count} skill{(model.Skills.Count == 1 ? string.Empty : "s")}, each with why it matters."),
                ["ceasn:inLanguage"] = new JsonArray(language),
            };
            if (model.Issuers.Count > 0)
            {
                framework["ceasn:publisher"] = new JsonArray(model.Issuers.Select(i => (JsonNode)Uri(Ctid(i))).ToArray());
            }

            framework["ceasn:hasTopChild"] = new JsonArray(model.Skills.Select(s => (JsonNode)Uri(Ctid(s))).ToArray());
            graph.Add(framework);
            foreach (var skill in model.Skills)
            {
                graph.Add(Competency(skill, framework["@id"]!.GetValue<string>()));
            }

            return new JsonObject { ["@context"] = Context, ["@graph"] = graph };
        }

        public static string Ctid(McredDeclaration declaration) => "ce-" + NameBasedUuid.Of(declaration).ToString("D");

        private static string FrameworkCtid(string name) => "ce-" + NameBasedUuid.Create(NameBasedUuid.McredNamespace, "framework:" + name).ToString("D");

        private static string Uri(string ctid) => Resources + ctid;

        private JsonObject Organization(Issuer issuer)
        {
            var organization = new JsonObject
            {
                ["@id"] = Uri(Ctid(issuer)),
                ["@type"] = "ceterms:CredentialOrganization",
                ["ceterms:ctid"] = Ctid(issuer),
                ["ceterms:name"] = Text(issuer.Name),
                ["ceterms:description"] = Text(issuer.Values.Count > 0 ? string.Join("\n", issuer.Values) : issuer.Name),
            };
            if (issuer.Url != null)
            {
                organization["ceterms:subjectWebpage"] = issuer.Url;
            }

            if (issuer.Email != null)
            {
                organization["ceterms:email"] = new JsonArray(issuer.Email);
            }

            if (issuer.Country != null)
            {
                organization["ceterms:address"] = new JsonArray(new JsonObject { ["@type"] = "ceterms:Place", ["ceterms:addressCountry"] = Text(issuer.Country) });
            }

            return organization;
        }

        private JsonObject Credential(Credential credential)
        {
            var node = new JsonObject
            {
                ["@id"] = Uri(Ctid(credential)),
                ["@type"] = CredentialClass(credential.AchievementType),
                ["ceterms:ctid"] = Ctid(credential),
                ["ceterms:name"] = Text(credential.Name),
                ["ceterms:description"] = Text(credential.Description ?? $"{credential.Name}: {ExportedPlan.SkillList(credential.Skills)}."),
                ["ceterms:credentialStatusType"] = new JsonObject
                {
                    ["@type"] = "ceterms:CredentialAlignmentObject",
                    ["ceterms:framework"] = "https://credreg.net/ctdl/terms/CredentialStatus",
                    ["ceterms:targetNode"] = "credentialStat:Active",
                    ["ceterms:frameworkName"] = Text("Credential Status"),
                    ["ceterms:targetNodeName"] = Text("Active"),
                },
                ["ceterms:inLanguage"] = new JsonArray(language),
            };
            if (credential.Issuer != null)
            {
                node["ceterms:ownedBy"] = new JsonArray(Uri(Ctid(credential.Issuer)));
            }

            if ((credential.Url ?? credential.Issuer?.Url) is string webpage)
            {
                node["ceterms:subjectWebpage"] = webpage;
            }

            var condition = new JsonObject
            {
                ["@type"] = "ceterms:ConditionProfile",
                ["ceterms:description"] = Text(credential.Criteria ?? $"Show the skills of {credential.Name}."),
            };
            if (credential.Skills.Count > 0)
            {
                condition["ceterms:targetCompetency"] = new JsonArray(credential.Skills.Select(s => (JsonNode)new JsonObject
                {
                    ["@type"] = "ceterms:CredentialAlignmentObject",
                    ["ceterms:targetNode"] = Uri(Ctid(s)),
                    ["ceterms:targetNodeName"] = Text(s.Name),
                }).ToArray());
            }

            node["ceterms:requires"] = new JsonArray(condition);
            return node;
        }

        private JsonObject Competency(Skill skill, string framework)
        {
            var competency = new JsonObject
            {
                ["@id"] = Uri(Ctid(skill)),
                ["@type"] = "ceasn:Competency",
                ["ceterms:ctid"] = Ctid(skill),
                ["ceasn:competencyText"] = Text(skill.Name),
                ["ceasn:inLanguage"] = new JsonArray(language),
                ["ceasn:isPartOf"] = framework,
                ["ceasn:isTopChildOf"] = framework,
                ["ceasn:codedNotation"] = skill.Id,
            };
            if (skill.Why != null)
            {
                competency["ceasn:comment"] = new JsonObject { [language] = new JsonArray(skill.Why) };
            }

            var aligned = skill.Alignments.Where(a => System.Uri.TryCreate(a.Code, System.UriKind.Absolute, out _)).Select(a => (JsonNode)a.Code).ToArray();
            if (aligned.Length > 0)
            {
                competency["ceasn:exactAlignment"] = new JsonArray(aligned);
            }

            return competency;
        }

        private static string CredentialClass(AchievementKind? kind) => kind switch
        {
            AchievementKind.Badge => "ceterms:Badge",
            AchievementKind.Certificate => "ceterms:Certificate",
            AchievementKind.Certification => "ceterms:Certification",
            _ => "ceterms:MicroCredential",
        };

        /// <summary>A CTDL language map.</summary>
        private JsonObject Text(string text) => new JsonObject { [language] = text };
    }
}
