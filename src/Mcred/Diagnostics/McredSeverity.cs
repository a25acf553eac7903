namespace Mcred.Diagnostics
{
    /// <summary>Severity, ordered so that a higher value is more severe (for <c>--fail-on</c>).</summary>
    public enum McredSeverity
    {
        /// <summary>Not reported at all.</summary>
        None = 0,

        /// <summary>Reported to the IDE as hidden; the CLI does not print it.</summary>
        Silent = 1,
        Suggestion = 2,
        Warning = 3,
        Error = 4,
    }

    internal static class McredSeverityText
    {
        public static string ToText(this McredSeverity severity)
        {
            switch (severity)
            {
                case McredSeverity.Error: return "error";
                case McredSeverity.Warning: return "warning";
                case McredSeverity.Suggestion: return "suggestion";
                case McredSeverity.Silent: return "silent";
                default: return "none";
            }
        }

        /// <summary>Parses a configured severity; <c>default</c> yields null (the rule's default), <c>refactoring</c> is silent.</summary>
        public static bool TryParse(string text, out McredSeverity? severity)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "error": severity = McredSeverity.Error; return true;
                case "warning": severity = McredSeverity.Warning; return true;
                case "suggestion": severity = McredSeverity.Suggestion; return true;
                case "silent":
                case "refactoring": severity = McredSeverity.Silent; return true;
                case "none": severity = McredSeverity.None; return true;
                case "default": severity = null; return true;
                default: severity = null; return false;
            }
        }
    }
}
