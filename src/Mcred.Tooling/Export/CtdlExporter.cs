using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Mcred.Model;
using Mcred.Workspace;

namespace Mcred.Tooling.Export
{
    /// <summary>
    /// CTDL (Credential Transparency Description Language) as one JSON-LD graph, for the Credential Registry: a
    /// <c>ceterms:CredentialOrganization</c> per issuer, a credential of the matching class per credential requiring a
    /// <c>ceterms:ConditionProfile</c> whose target competencies are its skills, and a <c>ceasn:CompetencyFramework</c>
    /// with a <c>ceasn:Competency</c> per skill. CTIDs are <c>ce-</c> and a name-based UUID of kind and ID, so a
    /// re-export is identical. Written straight to a <see cref="Utf8JsonWriter"/>: a 32,000-skill graph is a million
    /// JSON values, too many to build as a DOM first (measured in docs/performance.md).
    /// </summary>
    internal sealed class CtdlExporter
    {
        public const string Context = "https://credreg.net/ctdl/schema/context/json";
        private const string Resources = "https://credentialengineregistry.org/resources/";

        private readonly string language;
        private readonly Dictionary<McredDeclaration, string> ctids = new Dictionary<McredDeclaration, string>();
        private Utf8JsonWriter json = null!;

        public CtdlExporter(string language) => this.language = language;

        /// <summary>
        /// The graph as indented JSON (LF line ends). <paramref name="frameworkName"/> renames the framework; its CTID
        /// stays the plan's. The framework holds the skills the credentials use, or every skill with <paramref name="allSkills"/>:
        /// a plan over an imported library must not publish thousands of competencies nobody is credentialed for.
        /// </summary>
        public string Graph(CheckResult plan, string? frameworkName = null, bool allSkills = false)
        {
            var skills = allSkills ? plan.Model.Skills : PlanSkills.Used(plan.Model);
            return JsonText.Write(writer =>
            {
                json = writer;
                Write(plan.Model, skills, frameworkName ?? FrameworkName(plan.Model));
            });
        }

        /// <summary>
        /// The framework's default name, from the plan alone (never from where it is written): its issuers', else its
        /// credentials', else a skills library's.
        /// </summary>
        public static string FrameworkName(McredModel model)
        {
            var owners = model.Issuers.Count > 0 ? model.Issuers.Select(i => i.Name) : model.Credentials.Select(c => c.Name);
            var names = owners.ToList();
            return names.Count == 0 ? "Skills library" : "Skills of " + string.Join(", ", names);
        }

        /// <summary>
        /// The framework's CTID, from the plan's identity: its issuers' IDs, else its credentials', else its skills'.
        /// Publishing the same plan again (to any file, under any --name) updates the same registry entry.
        /// </summary>
        public static string FrameworkCtid(McredModel model)
        {
            IEnumerable<McredDeclaration> owners = model.Issuers.Count > 0 ? model.Issuers : model.Credentials.Count > 0 ? (IEnumerable<McredDeclaration>)model.Credentials : model.Skills;
            var key = string.Join(",", owners.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
            return "ce-" + NameBasedUuid.Create(NameBasedUuid.McredNamespace, "framework:" + key).ToString("D");
        }

        public static string Ctid(McredDeclaration declaration) => "ce-" + NameBasedUuid.Of(declaration).ToString("D");

        private void Write(McredModel model, IReadOnlyList<Skill> skills, string frameworkName)
        {
            var frameworkCtid = FrameworkCtid(model);
            var framework = Resources + frameworkCtid;
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteStartArray("@graph");
            foreach (var issuer in model.Issuers)
            {
                Organization(issuer);
            }

            foreach (var credential in model.Credentials)
            {
                Credential(credential);
            }

            json.WriteStartObject();
            json.WriteString("@id", framework);
            json.WriteString("@type", "ceasn:CompetencyFramework");
            json.WriteString("ceterms:ctid", frameworkCtid);
            Text("ceasn:name", frameworkName);
            Text("ceasn:description", $"The skills of {frameworkName}: {skills.Count} skill{(skills.Count == 1 ? string.Empty : "s")}, each with why it matters.");
            Strings("ceasn:inLanguage", language);
            if (model.Issuers.Count > 0)
            {
                Strings("ceasn:publisher", model.Issuers.Select(Uri).ToArray());
            }

            Strings("ceasn:hasTopChild", skills.Select(Uri).ToArray());
            json.WriteEndObject();
            foreach (var skill in skills)
            {
                Competency(skill, framework);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private string CtidOf(McredDeclaration declaration)
        {
            if (!ctids.TryGetValue(declaration, out var ctid))
            {
                ctids[declaration] = ctid = Ctid(declaration);
            }

            return ctid;
        }

        private string Uri(McredDeclaration declaration) => Resources + CtidOf(declaration);

        private void Start(McredDeclaration declaration, string type)
        {
            json.WriteStartObject();
            json.WriteString("@id", Uri(declaration));
            json.WriteString("@type", type);
            json.WriteString("ceterms:ctid", CtidOf(declaration));
        }

        private void Organization(Issuer issuer)
        {
            Start(issuer, "ceterms:CredentialOrganization");
            Text("ceterms:name", issuer.Name);
            Text("ceterms:description", issuer.Values.Count > 0 ? string.Join("\n", issuer.Values) : issuer.Name);
            if (issuer.Url != null)
            {
                json.WriteString("ceterms:subjectWebpage", issuer.Url);
            }

            if (issuer.Email != null)
            {
                Strings("ceterms:email", issuer.Email);
            }

            if (issuer.Country != null)
            {
                json.WriteStartArray("ceterms:address");
                json.WriteStartObject();
                json.WriteString("@type", "ceterms:Place");
                Text("ceterms:addressCountry", issuer.Country);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        private void Credential(Credential credential)
        {
            Start(credential, CredentialClass(credential.AchievementType));
            Text("ceterms:name", credential.Name);
            Text("ceterms:description", credential.Description ?? $"{credential.Name}: {PlanText.SkillList(credential.Skills)}.");
            json.WriteStartObject("ceterms:credentialStatusType");
            json.WriteString("@type", "ceterms:CredentialAlignmentObject");
            json.WriteString("ceterms:framework", "https://credreg.net/ctdl/terms/CredentialStatus");
            json.WriteString("ceterms:targetNode", "credentialStat:Active");
            Text("ceterms:frameworkName", "Credential Status");
            Text("ceterms:targetNodeName", "Active");
            json.WriteEndObject();
            Strings("ceterms:inLanguage", language);
            if (credential.Issuer != null)
            {
                Strings("ceterms:ownedBy", Uri(credential.Issuer));
            }

            if ((credential.Url ?? credential.Issuer?.Url) is string webpage)
            {
                json.WriteString("ceterms:subjectWebpage", webpage);
            }

            OccupationTypes(credential.PreparesFor);
            json.WriteStartArray("ceterms:requires");
            json.WriteStartObject();
            json.WriteString("@type", "ceterms:ConditionProfile");
            Text("ceterms:description", credential.Criteria ?? $"Show the skills of {credential.Name}.");
            if (credential.Skills.Count > 0)
            {
                json.WriteStartArray("ceterms:targetCompetency");
                foreach (var skill in credential.Skills)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "ceterms:CredentialAlignmentObject");
                    json.WriteString("ceterms:targetNode", Uri(skill));
                    Text("ceterms:targetNodeName", skill.Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>What the credential prepares for, as the occupations' framework URIs (their <c>aligns</c>).</summary>
        private void OccupationTypes(IReadOnlyList<Occupation> occupations)
        {
            var aligned = occupations
                .Select(o => (Occupation: o, Alignment: o.Alignments.FirstOrDefault(a => System.Uri.TryCreate(a.Code, System.UriKind.Absolute, out _))))
                .Where(x => x.Alignment != null)
                .ToList();
            if (aligned.Count == 0)
            {
                return;
            }

            json.WriteStartArray("ceterms:occupationType");
            foreach (var (occupation, alignment) in aligned)
            {
                json.WriteStartObject();
                json.WriteString("@type", "ceterms:CredentialAlignmentObject");
                Text("ceterms:frameworkName", alignment!.Framework == "esco" ? "ESCO" : alignment.Framework);
                json.WriteString("ceterms:targetNode", alignment.Code);
                Text("ceterms:targetNodeName", occupation.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private void Competency(Skill skill, string framework)
        {
            Start(skill, "ceasn:Competency");
            Text("ceasn:competencyText", skill.Name);
            Strings("ceasn:inLanguage", language);
            json.WriteString("ceasn:isPartOf", framework);
            json.WriteString("ceasn:isTopChildOf", framework);
            json.WriteString("ceasn:codedNotation", skill.Id);
            if (skill.Why != null)
            {
                json.WriteStartObject("ceasn:comment");
                json.WriteStartArray(language);
                json.WriteStringValue(skill.Why);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            // Every address the skill aligns to; a Lightcast ID (a code, not an address) by its skill page.
            var aligned = skill.Alignments.Where(a => System.Uri.TryCreate(a.Code, System.UriKind.Absolute, out _)).Select(a => a.Code)
                .Concat(SkillSources.LightcastOf(skill) is var (_, page) ? new[] { page } : System.Array.Empty<string>())
                .Distinct(System.StringComparer.Ordinal).ToArray();
            if (aligned.Length > 0)
            {
                Strings("ceasn:exactAlignment", aligned);
            }

            json.WriteEndObject();
        }

        private static string CredentialClass(AchievementKind? kind) => kind switch
        {
            AchievementKind.Badge => "ceterms:Badge",
            AchievementKind.Certificate => "ceterms:Certificate",
            AchievementKind.Certification => "ceterms:Certification",
            _ => "ceterms:MicroCredential",
        };

        /// <summary>A CTDL language map: <c>{"en": "..."}</c>.</summary>
        private void Text(string name, string text)
        {
            json.WriteStartObject(name);
            json.WriteString(language, text);
            json.WriteEndObject();
        }

        private void Strings(string name, params string[] values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }
    }
}
