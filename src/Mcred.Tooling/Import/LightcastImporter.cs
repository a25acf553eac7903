using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Mcred.Tooling.Files;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// Lightcast (formerly Emsi) Open Skills records, as the Open Skills API returns them (<c>{"data":[...]}</c> or a
    /// bare array), to .mcred. The file is the one a team downloaded with its own API credentials: the data is licensed
    /// per user, so mcred bundles none of it. Types map onto the method's three (<see cref="TypeOf"/>); each
    /// subcategory becomes a category "Category / Subcategory"; each skill keeps its name and aligns to its Lightcast
    /// ID (and its page); removed skills are skipped and counted. The records stream through
    /// <see cref="JsonRecordStream"/> and are checked as they come: the first bad one is one line naming the file, the
    /// record and the field, and nothing is written.
    /// </summary>
    internal static class LightcastImporter
    {
        public const string Framework = SkillSources.Lightcast;

        /// <summary>One record as mcred keeps it, once checked.</summary>
        private sealed record Record(string Id, string Name, string Type, string? Category, string? Subcategory, string? Description, string? InfoUrl);

        /// <param name="path">The file's full path.</param>
        /// <param name="prefix">Put in front of every ID; empty for none.</param>
        /// <param name="shownAs">How messages name the file (as the user gave it); the path when null.</param>
        public static ImportedWorkspace Import(string path, string prefix, string? shownAs = null)
        {
            var shown = shownAs ?? path;
            BoundedInput.RequireRegularFile(path, shown, "Lightcast skills file");
            var size = new FileInfo(path).Length;
            if (size > BoundedInput.MaxFileBytes)
            {
                throw new ToolingException($"{shown}: is {size / (1024 * 1024)} MB, more than the {BoundedInput.MaxFileBytes / (1024 * 1024)} MB mcred reads as a Lightcast skills file (all of Open Skills with descriptions is about 40 MB): is this the right file?");
            }

            var records = new List<Record>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var removed = 0;
            JsonRecordStream stream;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                stream = new JsonRecordStream(file, shown);
                stream.Read((index, element) =>
                {
                    var at = new RecordPlace(shown, stream.Where, index);
                    var record = Check(at, element, seen, out var isRemoved);
                    if (isRemoved)
                    {
                        removed++;
                    }
                    else
                    {
                        records.Add(record!);
                    }
                });
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ToolingException($"{shown}: cannot read the Lightcast skills file: {e.Message}");
            }

            var workspace = new ImportedWorkspace(Attribution(stream.RootStrings), prefix) { SkippedRemoved = removed };
            Build(workspace, records);
            return workspace;
        }

        /// <summary>
        /// The method's three types: ST1 Specialized → technical; ST2 Common → soft, but technical when it is software
        /// ("Microsoft Excel" is a Common skill); ST3 Certification → certification. Null for any other type ID.
        /// </summary>
        public static string? TypeOf(string lightcastType, bool isSoftware) => lightcastType switch
        {
            "ST1" => "technical",
            "ST2" => isSoftware ? "technical" : "soft",
            "ST3" => "certification",
            _ => null,
        };

        private static string Attribution(IReadOnlyDictionary<string, string> root)
        {
            var version = root.TryGetValue("version", out var v) && v.Trim().Length > 0 ? $" version {SafeText.Escape(Diagnostics.MessageText.Cut(v.Trim()))}" : string.Empty;
            return $"Imported from Lightcast Open Skills{version} (https://lightcast.io/open-skills), from the file your team downloaded\n"
                + "with its own API credentials; use it under the terms of your Lightcast account. Skill descriptions may carry\n"
                + "Wikipedia extracts, which are distributed under the CC BY-SA license.\n";
        }

        /// <summary>Categories in order of first use, one per subcategory and type; then the skills in the file's order.</summary>
        private static void Build(ImportedWorkspace workspace, List<Record> records)
        {
            var names = records.Select(r => CategoryName(r)).ToList();
            var typesPerName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            for (var i = 0; i < records.Count; i++)
            {
                if (!typesPerName.TryGetValue(names[i], out var types))
                {
                    typesPerName[names[i]] = types = new HashSet<string>(StringComparer.Ordinal);
                }

                types.Add(records[i].Type);
            }

            var categories = new Dictionary<(string, string), string>();
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var key = (names[i], record.Type);
                if (!categories.TryGetValue(key, out var category))
                {
                    // A subcategory holding skills of more than one type becomes one category per type, named so.
                    var label = typesPerName[names[i]].Count > 1 ? $"{names[i]} ({record.Type})" : names[i];
                    categories[key] = category = workspace.AddCategory(label, record.Type, CategoryDescription(record));
                }

                var aligns = record.InfoUrl != null ? new[] { record.Id, record.InfoUrl } : new[] { record.Id };
                workspace.AddSkill(record.Name, category, record.Description, Framework, aligns);
            }
        }

        private static string CategoryName(Record record) => (record.Category, record.Subcategory) switch
        {
            (string c, string s) => c + " / " + s,
            (string c, null) => c,
            (null, string s) => s,
            _ => "Uncategorized",
        };

        private static string CategoryDescription(Record record) => (record.Category, record.Subcategory) switch
        {
            (_, string s) => $"Lightcast Open Skills subcategory '{s}'" + (record.Category is string c ? $" of the category '{c}'" : string.Empty),
            (string c, null) => $"Lightcast Open Skills category '{c}', skills without a subcategory",
            _ => "Lightcast Open Skills records with no category",
        };

        /// <summary>The record checked field by field; null (and <paramref name="isRemoved"/>) for a removed skill.</summary>
        private static Record? Check(RecordPlace at, JsonElement element, Dictionary<string, int> seen, out bool isRemoved)
        {
            isRemoved = false;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw at.Error($"is {Describe(element)}, expected a skill record (an object with 'id', 'name' and 'type')");
            }

            var id = RequiredString(at, element, "id");
            at = at.WithId(id);
            if (seen.TryGetValue(id, out var first))
            {
                throw at.Error($"'id' repeats the ID of record {at.Array}[{first}]: each skill appears once in a Lightcast file");
            }

            seen[id] = at.Index;
            var removedFlag = OptionalBool(at, element, "isRemoved");
            var removedDescription = OptionalString(at, element, "removedDescription");
            if (removedFlag == true || !string.IsNullOrWhiteSpace(removedDescription))
            {
                isRemoved = true;
                return null;
            }

            var name = RequiredString(at, element, "name");
            if (!element.TryGetProperty("type", out var type) || type.ValueKind == JsonValueKind.Null)
            {
                throw at.Error("no 'type': download the skills with 'type' among the fields (docs/import.md shows the request)");
            }

            if (type.ValueKind != JsonValueKind.Object)
            {
                throw at.Error($"'type' is {Describe(type)}, expected an object such as {{\"id\": \"ST1\", \"name\": \"Specialized Skill\"}}");
            }

            var typeId = RequiredString(at, type, "id", "type.id");
            var isSoftware = OptionalBool(at, element, "isSoftware") == true;
            OptionalBool(at, element, "isLanguage");
            var mcredType = TypeOf(typeId, isSoftware)
                ?? throw at.Error($"'type.id' is \"{SafeText.Escape(Diagnostics.MessageText.Cut(typeId))}\", expected ST1 (Specialized Skill), ST2 (Common Skill) or ST3 (Certification)");
            var infoUrl = OptionalString(at, element, "infoUrl");
            if (!string.IsNullOrWhiteSpace(infoUrl) && Mcred.Binding.ValueChecks.UrlProblem(infoUrl) is string problem)
            {
                throw at.Error($"'infoUrl' {problem}");
            }

            return new Record(id, name, mcredType, Named(at, element, "category"), Named(at, element, "subcategory"), OptionalString(at, element, "description"),
                string.IsNullOrWhiteSpace(infoUrl) ? null : infoUrl);
        }

        /// <summary>A category or subcategory's name: absent, null or nameless is none.</summary>
        private static string? Named(RecordPlace at, JsonElement element, string field)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                throw at.Error($"'{field}' is {Describe(value)}, expected an object such as {{\"id\": 1, \"name\": \"...\"}}");
            }

            if (value.TryGetProperty("id", out var id) && id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null))
            {
                throw at.Error($"'{field}.id' is {Describe(id)}, expected a number");
            }

            var name = OptionalString(at, value, "name", field + ".name");
            return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        }

        private static string RequiredString(RecordPlace at, JsonElement element, string field, string? shown = null)
        {
            shown ??= field;
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                throw at.Error($"no '{shown}' (every skill record has one)");
            }

            var text = value.ValueKind == JsonValueKind.String ? Text(at, value, shown) : throw at.Error($"'{shown}' is {Describe(value)}, expected a string");
            return text.Trim().Length > 0 ? text : throw at.Error($"'{shown}' is empty");
        }

        private static string? OptionalString(RecordPlace at, JsonElement element, string field, string? shown = null)
        {
            shown ??= field;
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String ? Text(at, value, shown) : throw at.Error($"'{shown}' is {Describe(value)}, expected a string");
        }

        private static bool? OptionalBool(RecordPlace at, JsonElement element, string field)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw at.Error($"'{field}' is {Describe(value)}, expected true or false"),
            };
        }

        /// <summary>A string value; text System.Text.Json cannot transcode (bytes that are not UTF-8, a lone surrogate escape) is the field's error.</summary>
        private static string Text(RecordPlace at, JsonElement value, string field)
        {
            try
            {
                return value.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                throw at.Error($"'{field}' is not valid UTF-8 text (save the file as UTF-8, as the API sends it; a lone \\uD800-style escape is refused too)");
            }
        }

        private static string Describe(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => "a string",
        };

        /// <summary>Which record a message is about: the file, its place in the list, and its ID once known.</summary>
        private readonly record struct RecordPlace(string Path, string Array, int Index, string? Id = null)
        {
            public RecordPlace WithId(string id) => this with { Id = id };

            public ToolingException Error(string problem)
            {
                var id = Id == null ? string.Empty : $" (id \"{SafeText.Escape(Diagnostics.MessageText.Cut(Id))}\")";
                return new ToolingException($"{Path}: record {Array}[{Index}]{id}: {problem}");
            }
        }
    }
}
