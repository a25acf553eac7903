using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Mcred.Tooling;
using Mcred.Diagnostics;
using Mcred.Workspace;

namespace Mcred.Tooling.Baselines
{
    /// <summary>
    /// A baseline: how many findings each (file, rule, declaration) had when it was written. Counting by declaration
    /// rather than by line keeps a finding matched when lines above it move or another line changes; a new finding in
    /// the same declaration raises the count past the baseline's and is reported. Compiler errors (MCR00xx) are never
    /// baselined: a plan that does not compile is not a plan to adopt gradually.
    /// </summary>
    internal sealed class Baseline
    {
        public const int Version = 1;

        private readonly Dictionary<BaselineKey, int> counts;

        private Baseline(Dictionary<BaselineKey, int> counts) => this.counts = counts;

        /// <summary>Reads a baseline; a missing, corrupt, hand-broken or future-version file is an input error naming it.</summary>
        public static Baseline Load(string fullPath, string shownAs)
        {
            if (!File.Exists(fullPath))
            {
                throw new ToolingException($"{shownAs}: baseline not found (write it with --update-baseline)");
            }

            var bytes = Files.BoundedInput.ReadFile(fullPath, shownAs, "baseline");
            try
            {
                using var document = JsonDocument.Parse(bytes);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
                {
                    throw Invalid(shownAs, "no \"version\"");
                }

                if (!version.TryGetInt32(out var number) || number != Version)
                {
                    throw Invalid(shownAs, $"version {version.GetRawText()}; this mcred reads version {Version} (update mcred, or rewrite it with --update-baseline)");
                }

                if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                {
                    throw Invalid(shownAs, "no \"findings\" list");
                }

                var counts = new Dictionary<BaselineKey, int>();
                var index = 0;
                foreach (var finding in findings.EnumerateArray())
                {
                    var key = new BaselineKey(Text(finding, "path", shownAs, index), Text(finding, "rule", shownAs, index), Text(finding, "declaration", shownAs, index));
                    if (!finding.TryGetProperty("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var n) || n < 1)
                    {
                        throw Invalid(shownAs, $"finding {index + 1} has no positive \"count\"");
                    }

                    if (counts.TryGetValue(key, out var before) && before > int.MaxValue - n)
                    {
                        throw Invalid(shownAs, $"finding {index + 1}'s count makes its total larger than {int.MaxValue}");
                    }

                    counts[key] = counts.TryGetValue(key, out before) ? before + n : n;
                    index++;
                }

                return new Baseline(counts);
            }
            catch (JsonException e)
            {
                throw Invalid(shownAs, "not JSON: " + e.Message);
            }
            catch (InvalidOperationException e)
            {
                // A string that is not valid UTF-8 is found only when read.
                throw Invalid(shownAs, "a string is not valid UTF-8: " + e.Message);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ToolingException($"{shownAs}: cannot read the baseline: {e.Message}");
            }
        }

        /// <summary>The findings the baseline does not cover, in their order, and how many baselined findings are gone.</summary>
        public (List<McredDiagnostic> New, int Fixed) Filter(IReadOnlyList<McredDiagnostic> diagnostics, BaselineKeys keys)
        {
            var left = new Dictionary<BaselineKey, int>(counts);
            var shown = new List<McredDiagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                if (keys.For(diagnostic) is BaselineKey key && left.TryGetValue(key, out var n) && n > 0)
                {
                    left[key] = n - 1;
                    continue;
                }

                shown.Add(diagnostic);
            }

            return (shown, left.Values.Sum());
        }

        /// <summary>The baseline's JSON for these findings: sorted, one finding per line group, stable across runs.</summary>
        public static string Serialize(IReadOnlyList<McredDiagnostic> diagnostics, BaselineKeys keys)
        {
            var counts = new SortedDictionary<BaselineKey, int>();
            foreach (var diagnostic in diagnostics)
            {
                if (keys.For(diagnostic) is BaselineKey key)
                {
                    counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
                }
            }

            return JsonText.Write(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("version", Version);
                json.WriteStartArray("findings");
                foreach (var pair in counts)
                {
                    json.WriteStartObject();
                    json.WriteString("path", pair.Key.Path);
                    json.WriteString("rule", pair.Key.Rule);
                    json.WriteString("declaration", pair.Key.Declaration);
                    json.WriteNumber("count", pair.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }

        private static string Text(JsonElement finding, string name, string shownAs, int index) =>
            finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw Invalid(shownAs, $"finding {index + 1} has no \"{name}\" string");

        private static ToolingException Invalid(string shownAs, string reason) => new ToolingException($"{shownAs}: not a valid mcred baseline ({reason})");
    }

    /// <summary>What a baseline counts a finding under: its file (relative to the baseline's folder), rule and declaration.</summary>
    internal readonly record struct BaselineKey(string Path, string Rule, string Declaration) : IComparable<BaselineKey>
    {
        public int CompareTo(BaselineKey other)
        {
            var byPath = string.CompareOrdinal(Path, other.Path);
            if (byPath != 0)
            {
                return byPath;
            }

            var byRule = string.CompareOrdinal(Rule, other.Rule);
            return byRule != 0 ? byRule : string.CompareOrdinal(Declaration, other.Declaration);
        }
    }

    /// <summary>Computes baseline keys for the findings of one check.</summary>
    internal sealed class BaselineKeys
    {
        private readonly DeclarationIndex index;
        private readonly string folder;

        public BaselineKeys(CheckResult result, string baselinePath)
        {
            index = new DeclarationIndex(result.Files);
            folder = System.IO.Path.GetDirectoryName(baselinePath) ?? ".";
        }

        /// <summary>The key, or null for what is never baselined (compiler diagnostics).</summary>
        public BaselineKey? For(McredDiagnostic diagnostic)
        {
            if (diagnostic.Info.Category != DiagnosticCategory.Design)
            {
                return null;
            }

            var path = System.IO.Path.GetRelativePath(folder, diagnostic.Location.Path).Replace('\\', '/');
            return new BaselineKey(path, diagnostic.Id, index.KeyAt(diagnostic.Location.Path, diagnostic.Location.Span.Start));
        }
    }
}
