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
        private readonly Func<string, int?> _fileLength;
        private readonly List<McredDiagnostic> _reported;
        private McredRule? _rule;

        /// <param name="optionsFor">The options of a file.</param>
        /// <param name="reported">Where reports are collected.</param>
        /// <param name="fileLength">The length of a workspace file's text; null when the path is no file of the workspace.</param>
        internal RuleContext(Func<string, McredRuleOptions> optionsFor, List<McredDiagnostic> reported, Func<string, int?> fileLength)
        {
            _fileLength = fileLength;
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
            if (declaration == null)
            {
                throw new ArgumentException("it reported on a null declaration");
            }

            // A duplicate (MCR0003) takes part in no rule, whatever a custom rule asks.
            if (declaration.IsDuplicate)
            {
                return;
            }

            Report(location, message);
        }

        /// <summary>Reports on the declaration's ID with the rule's message format filled by <paramref name="arguments"/>.</summary>
        internal void ReportWith(McredDeclaration declaration, params string[] arguments) => ReportWith(declaration, declaration.Location, arguments);

        /// <summary>Reports at a location with the rule's message format filled by <paramref name="arguments"/>.</summary>
        internal void ReportWith(McredDeclaration declaration, McredLocation location, params string[] arguments)
        {
            var rule = _rule ?? throw new InvalidOperationException("Report is only valid while a rule runs.");
            var before = _reported.Count;
            Report(declaration, location, string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.Info.MessageFormat, arguments));
            if (_reported.Count > before)
            {
                _reported[before].SetMessageArguments(arguments);
            }
        }

        /// <summary>As <see cref="ReportWith(McredDeclaration, McredLocation, string[])"/>, with a related location the message names (SARIF relatedLocations).</summary>
        internal void ReportWith(McredDeclaration declaration, McredLocation location, McredLocation related, params string[] arguments)
        {
            var before = _reported.Count;
            ReportWith(declaration, location, arguments);
            if (_reported.Count > before)
            {
                var reported = _reported[before];
                _reported[before] = new McredDiagnostic(reported.Info, reported.Severity, reported.Message, reported.Location, reported.Fixes, new[] { related }).SetMessageArguments(arguments);
            }
        }

        /// <summary>Reports at any location, e.g. a comment.</summary>
        public void Report(McredLocation location, string message)
        {
            var rule = _rule ?? throw new InvalidOperationException("Report is only valid while a rule runs.");
            if (location == null || location.Path == null)
            {
                throw new ArgumentException("it reported a diagnostic without a location");
            }

            if (!(_fileLength(location.Path) is int length) || location.Span.End > length || location.Span.Start < 0)
            {
                throw new ArgumentException($"it reported a location outside the workspace's files ({location.Path}, {location.Span})");
            }

            if (string.IsNullOrWhiteSpace(message))
            {
                throw new ArgumentException("it reported a diagnostic without a message");
            }

            _reported.Add(new McredDiagnostic(rule.Info, rule.DefaultSeverity, message, location));
        }

        /// <summary>Judges one declaration and returns what the rule reported on it (also kept in the reported list).</summary>
        internal McredDiagnostic[] Judge(DeclarationRule rule, McredDeclaration declaration, McredModel model)
        {
            _rule = rule;
            var before = _reported.Count;
            try
            {
                rule.Judge(declaration, model, this);
            }
            finally
            {
                _rule = null;
            }

            return _reported.Count == before ? Array.Empty<McredDiagnostic>() : _reported.GetRange(before, _reported.Count - before).ToArray();
        }

        /// <summary>Adds findings kept from an earlier run.</summary>
        internal void AddKept(McredDiagnostic[] findings) => _reported.AddRange(findings);

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
