using System;
using System.Collections.Generic;
using System.Linq;
using Mcred.Benchmarks.Synthetic;
using Mcred.Tooling.Import;

namespace Mcred.Benchmarks
{
    /// <summary>
    /// The workspaces benchmarked: generated ones by size, and "esco", the ESCO classification imported with
    /// `mcred import esco` from the zip named by MCRED_ESCO_ZIP (the suite skips it when that is not set).
    /// </summary>
    public static class WorkspaceCatalog
    {
        public const string EscoVariable = "MCRED_ESCO_ZIP";
        private static readonly Dictionary<string, WorkspaceGenerator.Workspace> Cache = new Dictionary<string, WorkspaceGenerator.Workspace>();

        public static IEnumerable<string> Names()
        {
            yield return "100";
            yield return "3000";
            yield return "32000";
            if (Environment.GetEnvironmentVariable(EscoVariable) is string zip && System.IO.File.Exists(zip))
            {
                yield return "esco";
            }
        }

        public static WorkspaceGenerator.Workspace Get(string name)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(name, out var workspace))
                {
                    workspace = name == "esco" ? Esco() : new WorkspaceGenerator().Generate(int.Parse(name));
                    Cache.Add(name, workspace);
                }

                return workspace;
            }
        }

        /// <summary>The imported ESCO workspace, and the same declarations as JSON for the baseline.</summary>
        private static WorkspaceGenerator.Workspace Esco()
        {
            var imported = EscoImporter.Import(Environment.GetEnvironmentVariable(EscoVariable)!, string.Empty);
            var files = imported.Files().Select(f => ("/esco/" + f.Name, f.Text)).ToList();
            var result = Mcred.Workspace.McredChecker.Check(files.Select(f => new Mcred.Workspace.McredSource(f.Item1, f.Text)), Mcred.Configuration.McredConfiguration.Defaults(new System.DateTime(2026, 11, 28)));
            return new WorkspaceGenerator.Workspace(files, JsonOf(result.Model), imported.SkillCount);
        }

        /// <summary>The model's declarations rendered as JSON: the same content for the System.Text.Json baseline.</summary>
        private static string JsonOf(Mcred.Model.McredModel model)
        {
            var json = new System.Text.StringBuilder("{\"category\":[");
            json.Append(string.Join(",", model.Categories.Select(c => $"{{\"id\":{Q(c.Id)},\"name\":[{Q(c.Name)}],\"type\":[{Q(c.Type.ToString()!.ToLowerInvariant())}],\"description\":[{Q(c.Description ?? string.Empty)}]}}")));
            json.Append("],\"skill\":[");
            json.Append(string.Join(",", model.Skills.Select(s => $"{{\"id\":{Q(s.Id)},\"name\":[{Q(s.Name)}],\"category\":[{string.Join(",", s.Categories.Select(c => Q(c.Id)))}],\"why\":[{Q(s.Why ?? string.Empty)}],\"aligns\":[{string.Join(",", s.Alignments.Select(a => Q(a.Framework) + "," + Q(a.Code)))}]}}")));
            return json.Append("]}").ToString();
        }

        private static string Q(string s) => System.Text.Json.JsonSerializer.Serialize(s);
    }
}
