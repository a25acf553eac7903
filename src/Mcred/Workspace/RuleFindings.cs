using System;
using System.Collections.Generic;
using Mcred.Configuration;
using Mcred.Diagnostics;
using Mcred.Model;
using Mcred.Rules;
using Mcred.Syntax;

namespace Mcred.Workspace
{
    /// <summary>
    /// What each declaration rule reported on each declaration in one run, so the next run (after an edit) judges
    /// again only the declarations the edit can affect (<see cref="AffectedDeclarations"/>) and keeps the other
    /// verdicts. Other rules (a team's own, and rules over the whole workspace) always run in full.
    /// </summary>
    internal sealed class RuleFindings
    {
        private readonly Dictionary<DeclarationRule, Dictionary<DeclarationSyntax, McredDiagnostic[]>> _byRule;

        /// <summary>The kind-wide facts each declaration rule's kept verdicts read (<see cref="McredModel.FactReads"/>).</summary>
        private readonly Dictionary<DeclarationRule, HashSet<(DeclarationKind, string?)>> _reads;

        private RuleFindings(McredModel model, McredConfiguration configuration, RuleRegistry registry, Dictionary<DeclarationRule, Dictionary<DeclarationSyntax, McredDiagnostic[]>> byRule, Dictionary<DeclarationRule, HashSet<(DeclarationKind, string?)>> reads, int judged, IReadOnlyCollection<McredDeclaration>? affected)
        {
            _reads = reads;
            Affected = affected;
            Model = model;
            Configuration = configuration;
            Registry = registry;
            _byRule = byRule;
            Judged = judged;
        }

        public McredModel Model { get; }
        public McredConfiguration Configuration { get; }
        public RuleRegistry Registry { get; }

        /// <summary>How many (rule, declaration) verdicts the run computed rather than kept.</summary>
        public int Judged { get; }

        /// <summary>The declarations judged again after an edit; null when every declaration was judged (a full run).</summary>
        public IReadOnlyCollection<McredDeclaration>? Affected { get; }

        /// <summary>
        /// Runs every rule of <paramref name="registry"/> over <paramref name="model"/>, reusing the verdicts of
        /// <paramref name="previous"/> where the edit since (<paramref name="delta"/>, as the binder saw it) cannot have changed them. Findings come in the same
        /// order as a full run's.
        /// </summary>
        public static (List<McredDiagnostic> Reported, RuleFindings Findings) Run(McredModel model, McredConfiguration configuration, RuleRegistry registry, RuleFindings? previous, Binding.BindDelta? delta, System.Threading.CancellationToken cancellation = default)
        {
            var reported = new List<McredDiagnostic>();
            var lengths = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var file in model.Files)
            {
                lengths[file.Path] = file.Text.Length;
            }

            var context = new RuleContext(configuration.RuleOptionsFor, reported, path => lengths.TryGetValue(path, out var length) ? length : (int?)null);
            var reusable = previous != null && delta != null && ReferenceEquals(previous.Registry, registry) && ReferenceEquals(previous.Configuration, configuration);
            var affected = reusable ? AffectedDeclarations.Compute(previous!.Model, model, delta!) : null;
            var changedFacts = reusable ? model.ChangedKindWideFacts(previous!.Model) : null;
            var scope = affected != null ? new KeptScope(previous!.Model, model, affected) : null;
            var byRule = new Dictionary<DeclarationRule, Dictionary<DeclarationSyntax, McredDiagnostic[]>>();
            var reads = new Dictionary<DeclarationRule, HashSet<(DeclarationKind, string?)>>();
            var judged = 0;
            foreach (var rule in registry.Rules)
            {
                cancellation.ThrowIfCancellationRequested();
                try
                {
                    if (rule is DeclarationRule declarationRule)
                    {
                        // A rule that read a kind-wide fact the edit changed judges every declaration again.
                        var keep = affected != null && !previous!._reads[declarationRule].Overlaps(changedFacts!);
                        model.FactReads = keep ? new HashSet<(DeclarationKind, string?)>(previous!._reads[declarationRule]) : new HashSet<(DeclarationKind, string?)>();
                        try
                        {
                            var kept = keep ? previous!._byRule[declarationRule] : null;
                            byRule[declarationRule] = Judge(declarationRule, model, context, keep ? scope : null, kept, ref judged);
                            reads[declarationRule] = model.FactReads;
                        }
                        finally
                        {
                            model.FactReads = null;
                        }
                    }
                    else
                    {
                        context.Run(rule, model);
                    }
                }
                catch (Exception e) when (!(e is McredRuleException) && !(e is OperationCanceledException))
                {
                    throw new McredRuleException(rule, e);
                }
            }

            return (reported, new RuleFindings(model, configuration, registry, byRule, reads, judged, affected));
        }

        private static Dictionary<DeclarationSyntax, McredDiagnostic[]> Judge(
            DeclarationRule rule,
            McredModel model,
            RuleContext context,
            KeptScope? scope,
            Dictionary<DeclarationSyntax, McredDiagnostic[]>? kept,
            ref int judged)
        {
            var findings = new Dictionary<DeclarationSyntax, McredDiagnostic[]>();
            if (scope != null)
            {
                // After an edit: the kept verdicts (few: only declarations with findings) and the affected declarations,
                // not every declaration of the workspace, so an edit costs what it reaches. The order of the findings
                // differs from a full run's, which the output's sort by place and ID makes invisible: a rule reports only
                // on the declaration it judges.
                foreach (var pair in kept!)
                {
                    if (scope.Keeps(pair.Key, pair.Value))
                    {
                        context.AddKept(pair.Value);
                        findings.Add(pair.Key, pair.Value);
                    }
                }

                foreach (var declaration in scope.Affected)
                {
                    if (Judges(rule, declaration.Kind) && scope.Judges(declaration))
                    {
                        Record(findings, declaration, context.Judge(rule, declaration, model));
                        judged++;
                    }
                }

                return findings;
            }

            foreach (var kind in rule.Kinds)
            {
                foreach (var declaration in model.OfKind(kind))
                {
                    Record(findings, declaration, context.Judge(rule, declaration, model));
                    judged++;
                }
            }

            return findings;
        }

        private static bool Judges(DeclarationRule rule, DeclarationKind kind)
        {
            foreach (var judged in rule.Kinds)
            {
                if (judged == kind)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Record(Dictionary<DeclarationSyntax, McredDiagnostic[]> findings, McredDeclaration declaration, McredDiagnostic[] found)
        {
            if (found.Length > 0)
            {
                findings.Add(declaration.Syntax, found);
            }
        }

        /// <summary>
        /// What a run after an edit judges against, computed once for every rule and costing what the edit changed,
        /// not the workspace: a kept verdict stands while its file is the same and its declaration is not a duplicate
        /// now; affected declarations are judged again.
        /// </summary>
        private sealed class KeptScope
        {
            private readonly HashSet<string> changedFiles = new HashSet<string>(StringComparer.Ordinal);
            private readonly HashSet<DeclarationSyntax> duplicates = new HashSet<DeclarationSyntax>();
            private readonly HashSet<DeclarationSyntax> affectedSyntax = new HashSet<DeclarationSyntax>();

            public KeptScope(McredModel before, McredModel after, HashSet<McredDeclaration> affected)
            {
                Affected = affected;
                var now = new Dictionary<string, Syntax.SyntaxFile>(after.Files.Count, StringComparer.Ordinal);
                foreach (var file in after.Files)
                {
                    now[file.Path] = file;
                }

                foreach (var file in before.Files)
                {
                    if (!now.TryGetValue(file.Path, out var same) || !ReferenceEquals(same, file))
                    {
                        changedFiles.Add(file.Path);
                    }
                }

                foreach (var duplicate in after.Duplicates)
                {
                    duplicates.Add(duplicate.Syntax);
                }

                foreach (var declaration in affected)
                {
                    affectedSyntax.Add(declaration.Syntax);
                }
            }

            public HashSet<McredDeclaration> Affected { get; }

            /// <summary>Whether a previous verdict on <paramref name="syntax"/> (reported in its own file) still holds.</summary>
            public bool Keeps(DeclarationSyntax syntax, McredDiagnostic[] verdict) =>
                !changedFiles.Contains(verdict[0].Location.Path) && !duplicates.Contains(syntax) && !affectedSyntax.Contains(syntax);

            /// <summary>Whether an affected declaration takes part in rules now (not a duplicate, not of a removed file).</summary>
            public bool Judges(McredDeclaration declaration) => !declaration.IsDuplicate && !duplicates.Contains(declaration.Syntax);
        }
    }
}
