using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mcred.Benchmarks.Synthetic
{
    /// <summary>
    /// A seeded, realistic workspace of a given number of skills: categories, personas, recognizers, issuers,
    /// credentials and pathways around them, rendered as .mcred files and as the same content in JSON.
    /// </summary>
    public sealed class WorkspaceGenerator
    {
        private static readonly string[] Words =
        {
            "data", "analysis", "customer", "cloud", "safety", "design", "research", "quality", "finance", "care",
            "teaching", "logistics", "security", "planning", "reporting", "service", "network", "project", "health", "writing",
        };

        private readonly Random _random;

        public WorkspaceGenerator(int seed = 42)
        {
            _random = new Random(seed);
        }

        public sealed class Workspace
        {
            public Workspace(List<(string Path, string Text)> files, string json, int skills)
            {
                Files = files;
                Json = json;
                Skills = skills;
            }

            /// <summary>The .mcred files, about 1,000 skills each.</summary>
            public List<(string Path, string Text)> Files { get; }

            /// <summary>The same declarations as one JSON document.</summary>
            public string Json { get; }

            public int Skills { get; }

            public int Characters
            {
                get
                {
                    var n = 0;
                    foreach (var f in Files)
                    {
                        n += f.Text.Length;
                    }

                    return n;
                }
            }
        }

        public Workspace Generate(int skillCount, string root = "/bench")
        {
            var categories = Math.Max(3, skillCount / 20);
            var personas = Math.Max(1, skillCount / 100);
            var recognizers = Math.Max(1, skillCount / 100);
            var issuers = Math.Max(1, skillCount / 500);
            var credentials = Math.Max(1, skillCount / 4);
            var pathways = Math.Max(1, credentials / 5);

            var json = new JsonBuilder();
            var files = new List<(string, string)>();
            var text = new StringBuilder();

            for (var i = 0; i < issuers; i++)
            {
                var name = Title(3) + " Institute";
                var value = Sentence(10);
                text.Append($"issuer issuer-{i} \"{name}\" {{\n  value \"{value}\"\n  url \"https://issuer{i}.example.org\"\n}}\n\n");
                json.Declaration("issuer", $"issuer-{i}", ("name", new[] { name }), ("value", new[] { value }), ("url", new[] { $"https://issuer{i}.example.org" }));
            }

            for (var i = 0; i < personas; i++)
            {
                var description = Sentence(12);
                var name = Title(2);
                var goal = Sentence(6);
                text.Append($"persona persona-{i} \"{name}\" {{\n  description \"{description}\"\n  goal \"{goal}\"\n}}\n\n");
                json.Declaration("persona", $"persona-{i}", ("name", new[] { name }), ("description", new[] { description }), ("goal", new[] { goal }));
            }

            for (var i = 0; i < recognizers; i++)
            {
                var name = Title(2) + " Ltd";
                var outcome = Sentence(8);
                text.Append($"recognizer recognizer-{i} \"{name}\" {{\n  kind employer\n  outcome \"{outcome}\"\n}}\n\n");
                json.Declaration("recognizer", $"recognizer-{i}", ("name", new[] { name }), ("kind", new[] { "employer" }), ("outcome", new[] { outcome }));
            }

            for (var i = 0; i < categories; i++)
            {
                var type = i % 3 == 0 ? "soft" : i % 7 == 0 ? "certification" : "technical";
                var name = Title(2);
                text.Append($"category category-{i} \"{name}\" {{\n  type {type}\n}}\n\n");
                json.Declaration("category", $"category-{i}", ("name", new[] { name }), ("type", new[] { type }));
            }

            Flush(files, text, root, "people.mcred");
            for (var i = 0; i < skillCount; i++)
            {
                var category = $"category-{i % categories}";
                var second = $"category-{(i * 7 + 3) % categories}";
                var why = Sentence(14 + _random.Next(16));
                var reviewed = new DateTime(2026, 1, 1).AddDays(_random.Next(300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var name = $"{Title(3)} {i}";
                var properties = new List<(string, string[])>
                {
                    ("name", new[] { name }), ("category", new[] { category, second }), ("why", new[] { why }), ("half-life", new[] { $"{3 + i % 8}y" }), ("reviewed", new[] { reviewed }),
                };
                text.Append($"skill skill-{i} \"{name}\" {{\n  category {category}, {second}\n  why \"{why}\"\n  half-life {3 + i % 8}y\n  reviewed {reviewed}\n");
                if (i % 3 == 0)
                {
                    var tool = Title(1) + " Studio";
                    text.Append($"  tool \"{tool}\"\n");
                    properties.Add(("tool", new[] { tool }));
                }

                if (i % 2 == 0)
                {
                    var uri = $"http://data.europa.eu/esco/skill/{Guid(i)}";
                    text.Append($"  aligns esco \"{uri}\"\n");
                    properties.Add(("aligns", new[] { "esco", uri }));
                }

                text.Append("}\n\n");
                json.Declaration("skill", $"skill-{i}", properties.ToArray());
                if ((i + 1) % 1000 == 0)
                {
                    Flush(files, text, root, $"skills-{i / 1000:D3}.mcred");
                }
            }

            Flush(files, text, root, "skills-last.mcred");
            for (var i = 0; i < credentials; i++)
            {
                var skills = new[] { $"skill-{(4 * i) % skillCount}", $"skill-{(4 * i + 1) % skillCount}", $"skill-{(4 * i + 2) % skillCount}", $"skill-{(4 * i + 3) % skillCount}" };
                var name = Title(3);
                text.Append($"credential credential-{i} \"{name}\" {{\n  issuer issuer-{i % issuers}\n  for persona-{i % personas}\n  recognized-by recognizer-{i % recognizers}\n  skills {string.Join(", ", skills)}\n}}\n\n");
                json.Declaration("credential", $"credential-{i}", ("name", new[] { name }), ("issuer", new[] { $"issuer-{i % issuers}" }), ("for", new[] { $"persona-{i % personas}" }), ("recognized-by", new[] { $"recognizer-{i % recognizers}" }), ("skills", skills));
            }

            for (var i = 0; i < pathways; i++)
            {
                var steps = new[] { $"credential-{(5 * i) % credentials}", $"credential-{(5 * i + 1) % credentials}", $"credential-{(5 * i + 2) % credentials}" };
                text.Append($"pathway pathway-{i} {{\n  for persona-{i % personas}\n  steps {string.Join(", ", steps)}\n}}\n\n");
                json.Declaration("pathway", $"pathway-{i}", ("for", new[] { $"persona-{i % personas}" }), ("steps", steps));
            }

            Flush(files, text, root, "credentials.mcred");
            return new Workspace(files, json.ToJson(), skillCount);
        }

        private static void Flush(List<(string, string)> files, StringBuilder text, string root, string name)
        {
            if (text.Length > 0)
            {
                files.Add((root + "/" + name, text.ToString()));
                text.Clear();
            }
        }

        private string Sentence(int words)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < words; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(Words[_random.Next(Words.Length)]);
            }

            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.Append('.').ToString();
        }

        private string Title(int words)
        {
            var s = Sentence(words);
            return s.Substring(0, s.Length - 1);
        }

        private static string Guid(int i) => new System.Guid(i, (short)(i >> 3), (short)7, 1, 2, 3, 4, 5, 6, 7, 8).ToString();

        /// <summary>The JSON rendering: {"skill":[{"id":..., "why":[...]}, ...], ...}.</summary>
        private sealed class JsonBuilder
        {
            private readonly Dictionary<string, List<(string Id, (string Name, string[] Values)[] Properties)>> _byKind =
                new Dictionary<string, List<(string, (string, string[])[])>>();

            public void Declaration(string kind, string id, params (string Name, string[] Values)[] properties)
            {
                if (!_byKind.TryGetValue(kind, out var list))
                {
                    list = new List<(string, (string, string[])[])>();
                    _byKind.Add(kind, list);
                }

                list.Add((id, properties));
            }

            public string ToJson()
            {
                using var stream = new System.IO.MemoryStream();
                using (var json = new Utf8JsonWriter(stream))
                {
                    json.WriteStartObject();
                    foreach (var pair in _byKind)
                    {
                        json.WriteStartArray(pair.Key);
                        foreach (var (id, properties) in pair.Value)
                        {
                            json.WriteStartObject();
                            json.WriteString("id", id);
                            foreach (var (name, values) in properties)
                            {
                                json.WriteStartArray(name);
                                foreach (var v in values)
                                {
                                    json.WriteStringValue(v);
                                }

                                json.WriteEndArray();
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }
    }
}
