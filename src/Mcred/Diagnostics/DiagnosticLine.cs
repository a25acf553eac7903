namespace Mcred.Diagnostics
{
    /// <summary>
    /// The one-line form of a diagnostic, <c>path(line,col): severity ID: message</c>: MSBuild's canonical form, which
    /// IDE and CI problem matchers read. Every shell that prints a diagnostic as a line uses this.
    /// </summary>
    internal static class DiagnosticLine
    {
        /// <param name="diagnostic">The diagnostic.</param>
        /// <param name="path">The path as the reader should see it (relative, '/'-separated).</param>
        /// <param name="severityText">The severity as printed (the CLI colours it on a terminal); its text by default.</param>
        public static string Format(McredDiagnostic diagnostic, string path, string? severityText = null)
        {
            var location = diagnostic.Location;
            return $"{path}({location.Line},{location.Column}): {severityText ?? diagnostic.Severity.ToText()} {diagnostic.Id}: {diagnostic.Message}";
        }
    }
}
