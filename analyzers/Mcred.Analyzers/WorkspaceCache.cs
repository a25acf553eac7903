using System;
using System.Collections.Generic;
using System.Threading;
using Mcred.Configuration;
using Mcred.Syntax;
using Mcred.Workspace;
using Microsoft.CodeAnalysis.Text;

namespace Mcred.Analyzers
{
    /// <summary>
    /// The last analysis of each project, for the most recently analysed <see cref="MaxProjects"/> projects: an IDE
    /// analyses many projects in one process, and each keeps its own entry instead of evicting the others'. An entry
    /// is reused only when its inputs are the same (<see cref="WorkspaceInputs.SameAs"/>), so a changed text is
    /// never served from the cache. A project's new analysis starts from its last one: when only texts changed, the
    /// check keeps the rules' verdicts the edit cannot have changed.
    /// </summary>
    internal sealed class WorkspaceCache
    {
        public const int MaxProjects = 16;

        /// <summary>The cache every analyzer instance of the process shares.</summary>
        public static readonly WorkspaceCache Shared = new WorkspaceCache(Parser.Parse, (files, configuration, previous, cancellation) => McredChecker.CheckParsed(files, configuration, null, previous, cancellation));

        private readonly LinkedList<(string Project, WorkspaceInputs Inputs, WorkspaceAnalysis Analysis)> _recent =
            new LinkedList<(string, WorkspaceInputs, WorkspaceAnalysis)>();

        private readonly Func<IReadOnlyList<SyntaxFile>, McredConfiguration, CheckResult?, CancellationToken, CheckResult> _check;

        /// <param name="parse">How a text is parsed (a test seam: tests count the calls).</param>
        /// <param name="check">How parsed files are checked (a test seam: tests count the calls).</param>
        public WorkspaceCache(Func<string, SourceText, SyntaxFile> parse, Func<IReadOnlyList<SyntaxFile>, McredConfiguration, CheckResult?, CancellationToken, CheckResult> check)
        {
            Parses = new ParseCache(parse);
            _check = check;
        }

        public ParseCache Parses { get; }

        /// <remarks>A cancelled analysis throws and leaves the cache as it was.</remarks>
        public WorkspaceAnalysis Get(string project, WorkspaceInputs inputs, CancellationToken cancellation)
        {
            WorkspaceInputs? lastInputs = null;
            WorkspaceAnalysis? lastAnalysis = null;
            lock (_recent)
            {
                for (var node = _recent.First; node != null; node = node.Next)
                {
                    if (node.Value.Project != project)
                    {
                        continue;
                    }

                    if (node.Value.Inputs.SameAs(inputs))
                    {
                        _recent.Remove(node);
                        _recent.AddFirst(node);
                        return node.Value.Analysis;
                    }

                    lastInputs ??= node.Value.Inputs;
                    lastAnalysis ??= node.Value.Analysis;
                }
            }

            var previous = lastInputs != null && lastInputs.SameConfigurationAs(inputs) ? lastAnalysis : null;
            var analysis = WorkspaceAnalysis.Create(inputs, Parses, _check, previous, cancellation);
            lock (_recent)
            {
                for (var node = _recent.First; node != null; node = node.Next)
                {
                    if (node.Value.Project == project)
                    {
                        _recent.Remove(node);
                        break;
                    }
                }

                _recent.AddFirst((project, inputs, analysis));
                while (_recent.Count > MaxProjects)
                {
                    _recent.RemoveLast();
                }
            }

            return analysis;
        }
    }
}
