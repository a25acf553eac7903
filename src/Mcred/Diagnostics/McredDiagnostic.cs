namespace Mcred.Diagnostics
{
    /// <summary>One reported problem: what (ID, rule), how bad (effective severity), why (message) and where.</summary>
    public sealed class McredDiagnostic
    {
        public McredDiagnostic(DiagnosticInfo info, McredSeverity severity, string message, McredLocation location)
        {
            Info = info;
            Severity = severity;
            Message = message;
            Location = location;
        }

        public DiagnosticInfo Info { get; }
        public string Id => Info.Id;
        public string RuleName => Info.Name;
        public string HelpUri => Info.HelpUri;
        public McredSeverity Severity { get; }
        public string Message { get; }
        public McredLocation Location { get; }

        public McredDiagnostic WithSeverity(McredSeverity severity) =>
            severity == Severity ? this : new McredDiagnostic(Info, severity, Message, Location);

        public override string ToString() => DiagnosticLine.Format(this, Location.Path);
    }
}
