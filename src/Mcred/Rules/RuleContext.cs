using System;
using System.Collections.Generic;
using Mcred.Diagnostics;
using Mcred.Model;

namespace Mcred.Rules
{
    /// <summary>What a rule reports through, and where it reads its options (per file: sections of .editorconfig differ by file).</summary>
    public sealed class RuleContext
    {
        private readonly Func<string, McredRuleOptions> _optionsFor;
        private readonly List<McredDiagnostic> _reported;
        private McredRule? _rule;

        internal RuleContext(Func<string, McredRuleOptions> optionsFor, List<McredDiagnostic> reported)
        {
            _optionsFor = optionsFor;
            _reported = reported;
        }

        /// <summary>The options that apply to the file a declaration is in.</summary>
        public McredRuleOptions OptionsFor(McredDeclaration declaration) => _optionsFor(declaration.File.Path);

        /// <summary>Reports on the declaration's ID (for rules about the declaration as a whole).</summary>
        public void Report(McredDeclaration declaration, string message) => Report(declaration, declaration.Location, message);

        /// <summary>Reports at a location within <paramref name="declaration"/> (a value, a property name).</summary>
        public void Report(McredDeclaration declaration, McredLocation location, string message)
        {
            // A duplicate (MCR0003) takes part in no rule, whatever a custom rule asks.
            if (declaration.IsDuplicate)
            {
                return;
            }

            Report(location, message);
        }

        /// <summary>Reports at any location, e.g. a comment.</summary>
        public void Report(McredLocation location, string message)
        {
            var rule = _rule ?? throw new InvalidOperationException("Report is only valid while a rule runs.");
            _reported.Add(new McredDiagnostic(rule.Info, rule.DefaultSeverity, message, location));
        }

        internal void Run(McredRule rule, McredModel model)
        {
            _rule = rule;
            try
            {
                rule.Analyze(model, this);
            }
            finally
            {
                _rule = null;
            }
        }
    }
}
