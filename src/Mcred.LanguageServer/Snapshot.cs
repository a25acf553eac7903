using System;
using System.Collections.Generic;
using Mcred.Syntax;
using Mcred.Tooling.Language;
using Mcred.Workspace;

namespace Mcred.LanguageServer
{
    /// <summary>
    /// One checked generation of the workspace: the protocol-free <see cref="PlanSnapshot"/> the language features read,
    /// with what only the protocol needs (buffer versions, the client's URIs). Its lists never change; the declarations in
    /// them are kept across edits and bound again in place, so features read a snapshot through
    /// <see cref="ServerWorkspace.Read{T}"/>, between checks.
    /// </summary>
    internal sealed class Snapshot
    {
        private readonly Dictionary<string, int> versions;
        private readonly Dictionary<string, string> uris;

        public Snapshot(int generation, CheckResult result, Dictionary<string, int> versions, Dictionary<string, string> uris)
        {
            Generation = generation;
            Plan = new PlanSnapshot(result);
            this.versions = versions;
            this.uris = uris;
        }

        public int Generation { get; }
        public PlanSnapshot Plan { get; }
        public CheckResult Result => Plan.Result;
        public IEnumerable<SyntaxFile> Files => Plan.Files;

        public SyntaxFile? File(string path) => Plan.File(path);

        /// <summary>The buffer version a file was checked at; null for a file read from disk.</summary>
        public int? VersionOf(string path) => versions.TryGetValue(path, out var version) ? version : (int?)null;

        /// <summary>The URI the client uses for a path (as it sent it for open documents).</summary>
        public string UriOf(string path) => uris.TryGetValue(path, out var uri) ? uri : Uris.FromPath(path);
    }
}
