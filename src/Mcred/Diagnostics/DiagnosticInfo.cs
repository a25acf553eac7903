using System.Collections.Generic;

namespace Mcred.Diagnostics
{
    /// <summary>What kind of problem a diagnostic reports (ESLint's <c>meta.type</c>).</summary>
    public enum DiagnosticCategory
    {
        /// <summary>MCR00xx: the plan does not compile; not configurable, not suppressible.</summary>
        Compiler,

        /// <summary>MCR1xxx: a design rule.</summary>
        Design,
    }

    /// <summary>An option a rule reads from configuration, as data (name, default, meaning).</summary>
    public sealed class RuleOption
    {
        public RuleOption(string key, string defaultValue, string description)
        {
            Key = key;
            DefaultValue = defaultValue;
            Description = description;
        }

        public string Key { get; }
        public string DefaultValue { get; }
        public string Description { get; }
    }

    /// <summary>A diagnostic's metadata: what the registry, the docs, SARIF and the analyzer's descriptors read.</summary>
    public sealed class DiagnosticInfo
    {
        /// <summary>
        /// A diagnostic's metadata. <c>messageFormat</c> is the message with its variable parts as <c>{0}</c>, <c>{1}</c>...:
        /// what IDEs and SARIF viewers group findings by; <c>{0}</c> alone for diagnostics whose whole text varies.
        /// </summary>
        public DiagnosticInfo(string id, string name, McredSeverity defaultSeverity, string summary, DiagnosticCategory category, IReadOnlyList<RuleOption>? options = null, string? helpUri = null, string messageFormat = "{0}")
        {
            MessageFormat = messageFormat;
            HelpUri = helpUri ?? McredDocs.RulePage(id);
            Id = id;
            Name = name;
            DefaultSeverity = defaultSeverity;
            Summary = summary;
            Category = category;
            Options = options ?? System.Array.Empty<RuleOption>();
        }

        public string Id { get; }

        /// <summary>kebab-case rule name, e.g. <c>missing-soft-skill</c>.</summary>
        public string Name { get; }

        public McredSeverity DefaultSeverity { get; }

        /// <summary>One line: what the rule reports.</summary>
        public string Summary { get; }

        public DiagnosticCategory Category { get; }

        /// <summary>The message with placeholders for its arguments (the analyzer's descriptor format).</summary>
        public string MessageFormat { get; }
        public IReadOnlyList<RuleOption> Options { get; }

        /// <summary>Compiler diagnostics cannot be configured or suppressed.</summary>
        public bool IsConfigurable => Category == DiagnosticCategory.Design;

        /// <summary>The rule's docs page; built-in rules point at <c>docs/rules/ID.md</c>.</summary>
        public string HelpUri { get; }

        /// <summary>
        /// It reports something unused (MCR1016, MCR1018): editors may fade the span (LSP's Unnecessary tag, Roslyn's
        /// <c>WellKnownDiagnosticTags.Unnecessary</c>).
        /// </summary>
        public bool IsUnnecessary { get; internal set; }
    }

    internal static class McredDocs
    {
        /// <summary>
        /// Where the rule pages of <c>docs/rules/</c> are published: the build's <c>McredDocsBase</c> property
        /// (Directory.Build.props), stamped into this assembly, so there is one place to change it.
        /// </summary>
        public static readonly string RulesBase = ReadDocsBase();

        private static string ReadDocsBase()
        {
            foreach (var attribute in typeof(McredDocs).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false))
            {
                var metadata = (System.Reflection.AssemblyMetadataAttribute)attribute;
                if (metadata.Key == "McredDocsBase" && !string.IsNullOrEmpty(metadata.Value))
                {
                    return metadata.Value!;
                }
            }

            throw new System.InvalidOperationException("Mcred.dll was built without McredDocsBase (Directory.Build.props)");
        }

        public static string RulePage(string id) => RulesBase + id + ".md";
    }
}
