using System.Collections.Generic;

namespace Mcred.Diagnostics
{
    /// <summary>One reported problem: what (ID, rule), how bad (effective severity), why (message) and where.</summary>
    public sealed class McredDiagnostic
    {
        public McredDiagnostic(DiagnosticInfo info, McredSeverity severity, string message, McredLocation location)
            : this(info, severity, message, location, System.Array.Empty<McredFix>())
        {
        }

        public McredDiagnostic(DiagnosticInfo info, McredSeverity severity, string message, McredLocation location, IReadOnlyList<McredFix> fixes)
            : this(info, severity, message, location, fixes, System.Array.Empty<McredLocation>())
        {
        }

        /// <summary>A diagnostic with fixes and related locations (other places the message names, such as the first declaration of a duplicate).</summary>
        public McredDiagnostic(DiagnosticInfo info, McredSeverity severity, string message, McredLocation location, IReadOnlyList<McredFix> fixes, IReadOnlyList<McredLocation> relatedLocations)
        {
            Info = info;
            Severity = severity;
            Message = message;
            Location = location;
            Fixes = fixes;
            RelatedLocations = relatedLocations;
        }

        public DiagnosticInfo Info { get; }
        public string Id => Info.Id;
        public string RuleName => Info.Name;
        public string HelpUri => Info.HelpUri;
        public McredSeverity Severity { get; }
        public string Message { get; }
        public McredLocation Location { get; }

        /// <summary>The fixes this diagnostic carries (none for most).</summary>
        public IReadOnlyList<McredFix> Fixes { get; }

        /// <summary>Other places the message names, e.g. where a duplicated ID was first declared.</summary>
        public IReadOnlyList<McredLocation> RelatedLocations { get; }

        /// <summary>The arguments that fill <see cref="DiagnosticInfo.MessageFormat"/> to give <see cref="Message"/>.</summary>
        internal IReadOnlyList<string> MessageArguments => _arguments ?? new[] { Message };

        private IReadOnlyList<string>? _arguments;

        /// <summary>Records the arguments its rule's message format was filled with (set once, right after construction).</summary>
        internal McredDiagnostic SetMessageArguments(IReadOnlyList<string> arguments)
        {
            _arguments = arguments;
            return this;
        }

        public McredDiagnostic WithSeverity(McredSeverity severity) =>
            severity == Severity ? this : new McredDiagnostic(Info, severity, Message, Location, Fixes, RelatedLocations) { _arguments = _arguments };

        public override string ToString() => DiagnosticLine.Format(this, Location.Path);

        /// <summary>The one-line form (<c>path(line,col): severity ID: message</c>) with the path as the caller shows it.</summary>
        public string ToLine(string path) => DiagnosticLine.Format(this, path);
    }
}
