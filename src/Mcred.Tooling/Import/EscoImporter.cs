using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Mcred.Tooling.Import
{
    /// <summary>
    /// ESCO v1.1.1 classification (the CSV zip, or a folder or skills_en.csv beside the other CSV files) to .mcred:
    /// every released skill with its preferred label as name and its URI as <c>aligns esco</c>. Transversal skills go
    /// into their ESCO skill groups, typed soft; the rest into categories by ESCO skill type and reuse level, typed
    /// technical (this release's CSV files relate only transversal skills to groups).
    /// </summary>
    internal static class EscoImporter
    {
        public const string Attribution = "# Imported from ESCO v1.1.1 (European Commission, https://esco.ec.europa.eu), reused under Commission Decision 2011/833/EU.\n";

        public static ImportedWorkspace Import(string path, string prefix) => Import(path, prefix, null);

        /// <param name="relations">The ESCO relations CSV zip (or its folder, or occupationSkillRelations.csv): with it,
        /// occupations are imported with their essential and optional skills.</param>
        public static ImportedWorkspace Import(string path, string prefix, string? relations)
        {
            using var source = EscoSource.From(path);
            var transversal = new Dictionary<string, (string GroupUri, string GroupLabel)>(StringComparer.Ordinal);
            var transversalFile = source.Open("transversalSkillsCollection_en.csv");
            if (transversalFile != null)
            {
                var n = 0;
                foreach (var row in CsvReader.Read(transversalFile))
                {
                    transversal[Field(row, "conceptUri", "transversalSkillsCollection_en.csv", ++n)] = (row.GetValueOrDefault("broaderConceptUri") ?? string.Empty, row.GetValueOrDefault("broaderConceptPT") ?? string.Empty);
                }
            }

            var groupDescriptions = new Dictionary<string, string>(StringComparer.Ordinal);
            var groupsFile = source.Open("skillGroups_en.csv");
            if (groupsFile != null)
            {
                var n = 0;
                foreach (var row in CsvReader.Read(groupsFile))
                {
                    groupDescriptions[Field(row, "conceptUri", "skillGroups_en.csv", ++n)] = row.GetValueOrDefault("description") ?? string.Empty;
                }
            }

            var skillsFile = source.Open("skills_en.csv") ?? throw new ToolingException($"{path}: no skills_en.csv (expected the ESCO classification CSV files)");
            var workspace = new ImportedWorkspace(Attribution, prefix);
            var categories = new Dictionary<string, string>(StringComparer.Ordinal);
            var skillIds = new Dictionary<string, string>(StringComparer.Ordinal);
            var record = 0;
            foreach (var row in CsvReader.Read(skillsFile))
            {
                record++;
                var uri = Field(row, "conceptUri", "skills_en.csv", record);
                var preferredLabel = Field(row, "preferredLabel", "skills_en.csv", record);
                if (row.GetValueOrDefault("status") is string status && status.Length > 0 && status != "released")
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(uri) || string.IsNullOrWhiteSpace(preferredLabel))
                {
                    workspace.SkippedRecords++;
                    continue;
                }

                string category;
                if (transversal.TryGetValue(uri, out var group) && group.GroupLabel.Length > 0)
                {
                    category = Category(workspace, categories, "t:" + group.GroupUri, Capitalize(group.GroupLabel), "soft", groupDescriptions.GetValueOrDefault(group.GroupUri.Split(' ')[0]));
                }
                else
                {
                    var type = string.IsNullOrEmpty(row.GetValueOrDefault("skillType")) ? "skill/competence" : row["skillType"];
                    var reuse = string.IsNullOrEmpty(row.GetValueOrDefault("reuseLevel")) ? "unspecified" : row["reuseLevel"];
                    var label = $"ESCO {(type == "knowledge" ? "knowledge" : "skills and competences")} ({reuse})";
                    category = Category(workspace, categories, "k:" + type + "|" + reuse, label, "technical", null);
                }

                var description = row.GetValueOrDefault("description");
                if (string.IsNullOrWhiteSpace(description))
                {
                    description = row.GetValueOrDefault("definition");
                }

                skillIds[uri] = workspace.AddSkill(preferredLabel, category, description, "esco", uri);
            }

            if (relations != null)
            {
                ImportOccupations(source, relations, workspace, skillIds);
            }

            return workspace;
        }

        /// <summary>
        /// Occupations from occupations_en.csv, then their skills from the relations file, read row by row. A relation
        /// naming an occupation or skill the classification lacks (ESCO v1.1.1 has some) is skipped and counted.
        /// </summary>
        private static void ImportOccupations(EscoSource classification, string relations, ImportedWorkspace workspace, Dictionary<string, string> skillIds)
        {
            var occupationsFile = classification.Open("occupations_en.csv") ?? throw new ToolingException("the classification has no occupations_en.csv (expected the ESCO classification CSV files)");
            var occupations = new Dictionary<string, int>(StringComparer.Ordinal);
            var record = 0;
            foreach (var row in CsvReader.Read(occupationsFile))
            {
                record++;
                var uri = Field(row, "conceptUri", "occupations_en.csv", record);
                var label = Field(row, "preferredLabel", "occupations_en.csv", record);
                if (row.GetValueOrDefault("status") is string status && status.Length > 0 && status != "released")
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(uri) || string.IsNullOrWhiteSpace(label))
                {
                    workspace.SkippedRecords++;
                    continue;
                }

                occupations[uri] = workspace.OccupationCount;
                workspace.AddOccupation(label, "esco", uri);
            }

            using var relationSource = EscoSource.From(relations);
            const string RelationsFile = "occupationSkillRelations.csv";
            var text = relationSource.Open(RelationsFile) ?? throw new ToolingException($"{relations}: no {RelationsFile} (expected the ESCO relations CSV files)");
            using var reader = CsvReader.Open(text);
            var columns = new[] { "occupationUri", "relationType", "skillUri" };
            foreach (var column in columns)
            {
                if (!reader.Header.ColNames.Contains(column))
                {
                    throw new ToolingException($"{RelationsFile}: no '{column}' column (expected ESCO v1.1.1's occupationUri, relationType, skillType, skillUri)");
                }
            }

            var occupationColumn = reader.Header.IndexOf("occupationUri");
            var typeColumn = reader.Header.IndexOf("relationType");
            var skillColumn = reader.Header.IndexOf("skillUri");
            var relation = 0;
            try
            {
                foreach (var row in reader)
                {
                    relation++;
                    if (row.ColCount > Math.Max(occupationColumn, Math.Max(typeColumn, skillColumn))
                        && occupations.TryGetValue(row[occupationColumn].ToString(), out var occupation) && skillIds.TryGetValue(row[skillColumn].ToString(), out var skill))
                    {
                        workspace.Requires(occupation, skill, row[typeColumn].Span.SequenceEqual("essential"));
                    }
                    else
                    {
                        workspace.SkippedRelations++;
                    }
                }
            }
            catch (Exception e) when (!(e is ToolingException))
            {
                throw new ToolingException($"{RelationsFile}: record {relation + 1} is not readable as CSV ({e.Message})");
            }
        }

        /// <summary>A column every record must have: a CSV without it is not ESCO's, said in one line naming file, record and field.</summary>
        private static string Field(Dictionary<string, string> row, string column, string file, int record) =>
            row.TryGetValue(column, out var value)
                ? value
                : throw new ToolingException($"{file}: record {record} has no '{column}' field (expected ESCO v1.1.1's CSV columns)");

        private static string Category(ImportedWorkspace workspace, Dictionary<string, string> categories, string key, string label, string type, string? description)
        {
            if (!categories.TryGetValue(key, out var id))
            {
                id = workspace.AddCategory(label, type, description);
                categories.Add(key, id);
            }

            return id;
        }

        private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

        /// <summary>The CSV files, from the zip or from the folder of a given CSV.</summary>
        private sealed class EscoSource : IDisposable
        {
            private readonly ZipArchive? _zip;
            private readonly string? _folder;

            private EscoSource(ZipArchive? zip, string? folder)
            {
                _zip = zip;
                _folder = folder;
            }

            public static EscoSource From(string path)
            {
                if (Directory.Exists(path))
                {
                    return new EscoSource(null, path);
                }

                if (!File.Exists(path))
                {
                    throw new ToolingException($"{path}: path not found");
                }

                Files.BoundedInput.RequireRegularFile(path, path, "taxonomy file");

                if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    try
                    {
                        return new EscoSource(ZipFile.OpenRead(path), null);
                    }
                    catch (InvalidDataException e)
                    {
                        throw new ToolingException($"{path}: not a readable zip file ({e.Message})");
                    }
                }

                return new EscoSource(null, Path.GetDirectoryName(Path.GetFullPath(path)));
            }

            /// <summary>A CSV file of the source, read through <see cref="GuardedReader"/>: a corrupt, encrypted or
            /// unsupported zip entry is one line naming it.</summary>
            public TextReader? Open(string name)
            {
                if (_zip != null)
                {
                    var entry = _zip.Entries.FirstOrDefault(e => string.Equals(Path.GetFileName(e.FullName), name, StringComparison.OrdinalIgnoreCase));
                    if (entry == null)
                    {
                        return null;
                    }

                    if (entry.IsEncrypted)
                    {
                        throw new ToolingException($"{entry.FullName}: the zip entry is encrypted; mcred reads unencrypted ESCO downloads");
                    }

                    try
                    {
                        return new GuardedReader(new StreamReader(new CrcCheckedStream(entry.Open(), entry.Crc32)), entry.FullName);
                    }
                    catch (Exception e) when (e is InvalidDataException || e is NotSupportedException)
                    {
                        throw new ToolingException($"{entry.FullName}: cannot read the zip entry ({e.Message})");
                    }
                }

                var file = Path.Combine(_folder!, name);
                if (!File.Exists(file))
                {
                    return null;
                }

                Files.BoundedInput.RequireRegularFile(file, file, "taxonomy file");
                return new GuardedReader(new StreamReader(file), file);
            }

            public void Dispose() => _zip?.Dispose();
        }
    }
}
