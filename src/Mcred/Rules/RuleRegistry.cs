using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Rules.BuiltIn;

namespace Mcred.Rules
{
    /// <summary>
    /// The one list of rules. The checker, the CLI (<c>rules</c>, <c>explain</c>, SARIF), the analyzer's descriptors and
    /// the docs tests all read it; adding a rule means adding its class here, its docs page and its fixture.
    /// </summary>
    public sealed class RuleRegistry
    {
        /// <summary>The built-in design rules, MCR1001–MCR1022, in ID order.</summary>
        public static readonly IReadOnlyList<McredRule> BuiltInRules = new McredRule[]
        {
            new IsolatedSkillRule(),
            new TooFewSkillsRule(),
            new MissingSoftSkillRule(),
            new MissingTechnicalSkillRule(),
            new OverlongWhyRule(),
            new MissingWhyRule(),
            new VaguePersonaRule(),
            new OutcomeMissingRule(),
            new ValuePropositionMissingRule(),
            new UnrecognizedCredentialRule(),
            new CredentialWithoutPersonaRule(),
            new CredentialWithoutIssuerRule(),
            new ExpiredSkillRule(),
            new UntypedCategoryRule(),
            new EmptyCategoryRule(),
            new UnusedDeclarationRule(),
            new DuplicateSkillNameRule(),
            new UnusedSuppressionRule(),
            new VagueWhyRule(),
            new UnreviewedSkillRule(),
            new EuStandardElementsRule(),
            new OccupationGapRule(),
        };

        /// <summary>The built-in registry: compiler diagnostics and built-in rules.</summary>
        public static readonly RuleRegistry Default = new RuleRegistry(BuiltInRules);

        private readonly Dictionary<string, DiagnosticInfo> _byId = new Dictionary<string, DiagnosticInfo>(StringComparer.OrdinalIgnoreCase);

        public RuleRegistry(IEnumerable<McredRule> rules)
        {
            var list = new List<McredRule>();
            foreach (var info in CompilerDiagnostics.All)
            {
                _byId.Add(info.Id, info);
            }

            foreach (var rule in rules)
            {
                if (_byId.ContainsKey(rule.Id))
                {
                    throw new ArgumentException($"Two rules share the ID {rule.Id}.");
                }

                _byId.Add(rule.Id, rule.Info);
                list.Add(rule);
            }

            Rules = list;
            var all = new List<DiagnosticInfo>(CompilerDiagnostics.All);
            foreach (var rule in list)
            {
                all.Add(rule.Info);
            }

            All = all;
        }

        /// <summary>Design rules (built-in and custom) in the order they run.</summary>
        public IReadOnlyList<McredRule> Rules { get; }

        /// <summary>Every diagnostic the registry can report: MCR00xx first, then the rules.</summary>
        public IReadOnlyList<DiagnosticInfo> All { get; }

        /// <summary>A registry with the built-in rules plus <paramref name="custom"/> ones.</summary>
        public static RuleRegistry WithCustomRules(IEnumerable<McredRule> custom)
        {
            var rules = new List<McredRule>(BuiltInRules);
            rules.AddRange(custom);
            return new RuleRegistry(rules);
        }

        public DiagnosticInfo? Find(string id) => _byId.TryGetValue(id, out var info) ? info : null;

        /// <summary>Option keys any rule declares (built-in <c>mcred_*</c> options and custom rules' own).</summary>
        public IEnumerable<string> OptionKeys
        {
            get
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var rule in Rules)
                {
                    foreach (var option in rule.Info.Options)
                    {
                        if (seen.Add(option.Key))
                        {
                            yield return option.Key;
                        }
                    }
                }
            }
        }

        /// <summary>MCR0001–MCR0099 cannot be configured or suppressed by comments.</summary>
        public static bool IsCompilerId(string id) =>
            id.Length == 7 && id.StartsWith("MCR00", StringComparison.OrdinalIgnoreCase) && char.IsDigit(id[5]) && char.IsDigit(id[6]);
    }
}
