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
                            byRule[declarationRule] = Judge(declarationRule, model, context, keep ? affected : null, kept, ref judged);
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
            HashSet<McredDeclaration>? affected,
            Dictionary<DeclarationSyntax, McredDiagnostic[]>? kept,
            ref int judged)
        {
            // Verdicts are kept by syntax: a declaration outside the affected set is in an unchanged file, so its syntax
            // is the very object the previous run judged.
            var findings = new Dictionary<DeclarationSyntax, McredDiagnostic[]>();
            foreach (var kind in rule.Kinds)
            {
                foreach (var declaration in model.OfKind(kind))
                {
                    McredDiagnostic[]? found;
                    if (affected == null || affected.Contains(declaration))
                    {
                        found = context.Judge(rule, declaration, model);
                        judged++;
                    }
                    else if (kept!.TryGetValue(declaration.Syntax, out found))
                    {
                        context.AddKept(found);
                    }

                    if (found != null && found.Length > 0)
                    {
                        findings.Add(declaration.Syntax, found);
                    }
                }
            }

            return findings;
        }
    }
}
