using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Syntax;

namespace Mcred.Binding
{
    /// <summary>One binding of the workspace: the model, the binder's diagnostics, and the binder to continue from after the next edit.</summary>
    internal sealed class BindResult
    {
        public BindResult(McredModel model, IReadOnlyList<McredDiagnostic> diagnostics, Binder binder, int version, BindDelta? delta, int bound)
        {
            Bound = bound;
            Model = model;
            Diagnostics = diagnostics;
            Binder = binder;
            Version = version;
            Delta = delta;
        }

        public McredModel Model { get; }
        public IReadOnlyList<McredDiagnostic> Diagnostics { get; }
        public Binder Binder { get; }

        /// <summary>The binder's version this result belongs to: the next check may advance the binder from it, once.</summary>
        public int Version { get; }

        /// <summary>How many declarations this binding bound (the rest were kept as they were); -1 when it bound them all.</summary>
        public int Bound { get; }

        /// <summary>What changed since the binder's previous binding; null when everything was bound.</summary>
        public BindDelta? Delta { get; }
    }

    /// <summary>What an edit changed, as the rules need to know it.</summary>
    internal sealed class BindDelta
    {
        public BindDelta(HashSet<string> changedFiles, HashSet<(DeclarationKind, string)> changedIds, List<(DeclarationKind, string)> referencedBefore)
        {
            ChangedFiles = changedFiles;
            ChangedIds = changedIds;
            ReferencedBefore = referencedBefore;
        }

        /// <summary>Paths of the files added, removed or edited.</summary>
        public HashSet<string> ChangedFiles { get; }

        /// <summary>IDs whose declaration is new, gone, another, or says something else (or whose syntax error came or went).</summary>
        public HashSet<(DeclarationKind, string)> ChangedIds { get; }

        /// <summary>What the changed IDs' declarations referenced before the edit.</summary>
        public List<(DeclarationKind, string)> ReferencedBefore { get; }
    }
}
