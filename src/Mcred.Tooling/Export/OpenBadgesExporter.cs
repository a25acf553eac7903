using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Mcred.Model;

namespace Mcred.Tooling.Export
{
    /// <summary>
    /// Open Badges 3.0: an <c>Achievement</c> per credential and a <c>Profile</c> per issuer, valid against the
    /// definitions of 1EdTech's AchievementCredential JSON schema. Mapping: name, description, criteria narrative,
    /// achievementType, an alignment per skill (its name, why, aligns URI and framework), creditsAvailable from an
    /// ECTS workload, tags from the skills' categories; the issuer (name, url, email, country, value propositions) as
    /// creator.
    /// </summary>
    internal sealed class OpenBadgesExporter
    {
        public static readonly string[] Context =
        {
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        };

        private readonly string? baseUrl;

        /// <param name="baseUrl">Where achievements without a <c>url</c> live: their ID follows it.</param>
        public OpenBadgesExporter(string? baseUrl) => this.baseUrl = baseUrl;

        /// <summary>The achievement's id: the credential's url, else the base URL followed by its ID; null when there is neither.</summary>
        public string? AchievementId(Credential credential) => credential.Url ?? (baseUrl == null ? null : baseUrl + credential.Id);

        /// <summary>
        /// A base URL as every achievement's id may start with it (a '/' added unless it ends in '/' or '#'); the rule a
        /// plan's own url obeys (MCR0005), so a bad one is a <see cref="ToolingException"/> saying what is wrong.
        /// </summary>
        public static string? CheckedBaseUrl(string? value)
        {
            if (value == null)
            {
                return null;
            }

            if (Mcred.Binding.ValueChecks.UrlProblem(value) is string problem)
            {
                throw new ToolingException(problem.Replace("\n", "\\n").Replace("\r", "\\r"));
            }

            return value.EndsWith("/", StringComparison.Ordinal) || value.EndsWith("#", StringComparison.Ordinal) ? value : value + "/";
        }

        /// <summary>
        /// Every document of the export by its path in the output folder (<c>achievements/ID.json</c>, <c>issuers/ID.json</c>);
        /// a credential with no url and no base URL is refused, <paramref name="baseUrlOption"/> naming where the user gives one.
        /// </summary>
        public SortedDictionary<string, string> Documents(McredModel model, string baseUrlOption)
        {
            var unplaced = model.Credentials.Where(c => AchievementId(c) == null).Select(c => c.Id).ToList();
            if (unplaced.Count > 0)
            {
                throw new ToolingException($"credential{(unplaced.Count == 1 ? string.Empty : "s")} {string.Join(", ", unplaced.Take(5).Select(id => "'" + id + "'"))} {(unplaced.Count == 1 ? "has" : "have")} no url: give each a 'url \"https://...\"' or {baseUrlOption}");
            }

            var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var credential in model.Credentials)
            {
                documents["achievements/" + credential.Id + ".json"] = JsonText.Write(json => Achievement(credential).WriteTo(json));
            }

            foreach (var issuer in model.Issuers)
            {
                documents["issuers/" + issuer.Id + ".json"] = JsonText.Write(json => Profile(issuer).WriteTo(json));
            }

            return documents;
        }

        public JsonObject Achievement(Credential credential)
        {
            var achievement = new JsonObject
            {
                ["@context"] = Strings(Context),
                ["id"] = AchievementId(credential) ?? throw new InvalidOperationException("no id for " + credential.Id),
                ["type"] = Strings("Achievement"),
                ["name"] = credential.Name,
                ["description"] = credential.Description ?? DefaultDescription(credential),
                ["criteria"] = new JsonObject { ["narrative"] = credential.Criteria ?? DefaultCriteria(credential) },
                ["achievementType"] = AchievementType(credential.AchievementType),
            };

            if (credential.Issuer != null)
            {
                achievement["creator"] = Profile(credential.Issuer);
            }

            if (credential.Skills.Count > 0)
            {
                achievement["alignment"] = new JsonArray(credential.Skills.Select(s => (JsonNode)Alignment(s)).ToArray());
            }

            if (credential.Workload is Workload workload && workload.Unit == WorkloadUnit.Ects)
            {
                achievement["creditsAvailable"] = workload.Amount;
            }

            var tags = credential.Skills.SelectMany(s => s.Categories).Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();
            if (tags.Count > 0)
            {
                achievement["tag"] = Strings(tags.ToArray());
            }

            achievement["humanCode"] = credential.Id;
            return achievement;
        }

        public JsonObject Profile(Issuer issuer)
        {
            var profile = new JsonObject
            {
                ["id"] = issuer.Url ?? (baseUrl == null ? Urn(issuer) : baseUrl + "issuers/" + issuer.Id),
                ["type"] = Strings("Profile"),
                ["name"] = issuer.Name,
            };

            if (issuer.Url != null)
            {
                profile["url"] = issuer.Url;
            }

            if (issuer.Values.Count > 0)
            {
                profile["description"] = string.Join("\n", issuer.Values);
            }

            if (issuer.Email != null)
            {
                profile["email"] = issuer.Email;
            }

            if (issuer.Country != null)
            {
                profile["address"] = new JsonObject { ["type"] = Strings("Address"), ["addressCountryCode"] = issuer.Country };
            }

            return profile;
        }

        private JsonObject Alignment(Skill skill)
        {
            if (SkillSources.LightcastOf(skill) is var (lightcastId, page))
            {
                // Lightcast's code and page, not the plan's ID: a badge platform can look the skill up in its source.
                var aligned = new JsonObject
                {
                    ["type"] = Strings("Alignment"),
                    ["targetName"] = skill.Name,
                    ["targetUrl"] = page,
                    ["targetType"] = "ceasn:Competency",
                    ["targetCode"] = lightcastId,
                    ["targetFramework"] = SkillSources.LightcastName,
                };
                if (skill.Why != null)
                {
                    aligned["targetDescription"] = skill.Why;
                }

                return aligned;
            }

            var uri = skill.Alignments.FirstOrDefault(a => SkillSources.IsWebAddress(a.Code));
            var alignment = new JsonObject
            {
                ["type"] = Strings("Alignment"),
                ["targetName"] = skill.Name,
                ["targetUrl"] = uri?.Code ?? (baseUrl == null ? Urn(skill) : baseUrl + "skills/" + skill.Id),
                ["targetType"] = "ceasn:Competency",
                ["targetCode"] = skill.Id,
            };

            if (skill.Why != null)
            {
                alignment["targetDescription"] = skill.Why;
            }

            if (uri != null)
            {
                alignment["targetFramework"] = uri.Framework;
            }

            return alignment;
        }

        private static string AchievementType(AchievementKind? kind) => kind switch
        {
            AchievementKind.Badge => "Badge",
            AchievementKind.Certificate => "Certificate",
            AchievementKind.Certification => "Certification",
            _ => "MicroCredential",
        };

        private static string DefaultDescription(Credential credential) =>
            credential.Skills.Count == 0
                ? credential.Name
                : $"{credential.Name}: {PlanText.SkillList(credential.Skills)}.";

        /// <summary>With no <c>criteria</c>, the narrative lists the skills to show and why each matters.</summary>
        private static string DefaultCriteria(Credential credential)
        {
            if (credential.Skills.Count == 0)
            {
                return $"Meet the requirements of {credential.Name}.";
            }

            var lines = new List<string> { "Show each of these skills:" };
            lines.AddRange(credential.Skills.Select(s => s.Why == null ? $"- {s.Name}" : $"- {s.Name}: {s.Why}"));
            return string.Join("\n", lines);
        }

        private static string Urn(McredDeclaration declaration) => "urn:uuid:" + NameBasedUuid.Of(declaration).ToString("D");


        private static JsonArray Strings(params string[] items) => new JsonArray(items.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray());
    }
}
