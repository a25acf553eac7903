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
        {
            Info = info;
            Severity = severity;
            Message = message;
            Location = location;
            Fixes = fixes;
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

        public McredDiagnostic WithSeverity(McredSeverity severity) =>
            severity == Severity ? this : new McredDiagnostic(Info, severity, Message, Location, Fixes);

        public override string ToString() => DiagnosticLine.Format(this, Location.Path);
    }
}
