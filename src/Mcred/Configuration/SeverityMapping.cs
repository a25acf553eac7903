using Mcred.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Mcred.Configuration
{
    /// <summary>Between Roslyn's severities and mcred's.</summary>
    internal static class SeverityMapping
    {
        /// <summary>A configured <see cref="ReportDiagnostic"/>; null for <c>default</c> (the rule's own).</summary>
        public static McredSeverity? FromReport(ReportDiagnostic report)
        {
            switch (report)
            {
                case ReportDiagnostic.Error: return McredSeverity.Error;
                case ReportDiagnostic.Warn: return McredSeverity.Warning;
                case ReportDiagnostic.Info: return McredSeverity.Suggestion;
                case ReportDiagnostic.Hidden: return McredSeverity.Silent;
                case ReportDiagnostic.Suppress: return McredSeverity.None;
                default: return null;
            }
        }

        /// <summary>The Roslyn severity a diagnostic is reported with (never called with None: those are not reported).</summary>
        public static DiagnosticSeverity ToRoslyn(McredSeverity severity)
        {
            switch (severity)
            {
                case McredSeverity.Error: return DiagnosticSeverity.Error;
                case McredSeverity.Warning: return DiagnosticSeverity.Warning;
                case McredSeverity.Suggestion: return DiagnosticSeverity.Info;
                default: return DiagnosticSeverity.Hidden;
            }
        }
    }
}
