using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules
{
    /// <summary>
    /// A design rule: metadata as data (ID, name, default severity, summary, help link, options) and an
    /// <see cref="Analyze"/> that reads the checked model and reports. Built-in rules and a team's own rules
    /// derive from this class and are configured and suppressed the same way.
    /// </summary>
    public abstract class McredRule
    {
        /// <summary>A rule's metadata; <c>messageFormat</c> is its message with placeholders (see <see cref="DiagnosticInfo.MessageFormat"/>), <c>{0}</c> for rules that report whole messages.</summary>
        protected McredRule(string id, string name, McredSeverity defaultSeverity, string summary, string? helpUri = null, IReadOnlyList<RuleOption>? options = null, string messageFormat = "{0}")
        {
            // A custom rule's metadata is checked here, where its author gets one clear message rather than a crash later.
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
            {
                throw new System.ArgumentException($"a rule needs an ID and a name (got ID '{id}', name '{name}')");
            }

            if (!System.Enum.IsDefined(typeof(McredSeverity), defaultSeverity))
            {
                throw new System.ArgumentException($"rule {id} has an unknown default severity ({(int)defaultSeverity}): use McredSeverity");
            }

            Info = new DiagnosticInfo(id, name, defaultSeverity, summary, DiagnosticCategory.Design, options, helpUri, messageFormat);
        }

        public DiagnosticInfo Info { get; }
        public string Id => Info.Id;
        public string Name => Info.Name;
        public McredSeverity DefaultSeverity => Info.DefaultSeverity;
        public string Summary => Info.Summary;
        public string HelpUri => Info.HelpUri;

        /// <summary>Reads the model and reports through <paramref name="context"/>. Never re-parses.</summary>
        public abstract void Analyze(McredModel model, RuleContext context);
    }
}
