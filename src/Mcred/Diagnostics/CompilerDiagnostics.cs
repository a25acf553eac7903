namespace Mcred.Diagnostics
{
    /// <summary>MCR0001–MCR0007: the plan does not compile (or its configuration is wrong). Errors, except MCR0007's one warning.</summary>
    internal static class CompilerDiagnostics
    {
        public static readonly DiagnosticInfo SyntaxError = new DiagnosticInfo(
            "MCR0001", "syntax-error", McredSeverity.Error, "Text that does not parse.", DiagnosticCategory.Compiler);

        public static readonly DiagnosticInfo UndefinedReference = new DiagnosticInfo(
            "MCR0002", "undefined-reference", McredSeverity.Error, "A reference names no declaration of the kind the property takes.", DiagnosticCategory.Compiler,
            messageFormat: "undefined {0} '{1}' in '{2}' of {3}: {4}");

        public static readonly DiagnosticInfo DuplicateDeclaration = new DiagnosticInfo(
            "MCR0003", "duplicate-declaration", McredSeverity.Error, "Two declarations of one kind share an ID.", DiagnosticCategory.Compiler,
            messageFormat: "{0} is already declared at {1}: rename or remove this declaration");

        public static readonly DiagnosticInfo WrongKindReference = new DiagnosticInfo(
            "MCR0004", "wrong-kind-reference", McredSeverity.Error, "A reference names a declaration of another kind than the property takes.", DiagnosticCategory.Compiler,
            messageFormat: "'{0}' is {1}, not {2}: '{3}' of {4} takes {5} IDs");

        public static readonly DiagnosticInfo InvalidValue = new DiagnosticInfo(
            "MCR0005", "invalid-value", McredSeverity.Error, "A value of the wrong form: bad date or duration, unknown enum value, empty string, non-http(s) URL.", DiagnosticCategory.Compiler);

        public static readonly DiagnosticInfo InvalidProperty = new DiagnosticInfo(
            "MCR0006", "invalid-property", McredSeverity.Error, "An unknown property, a repeated single-valued property, or several values where one is allowed.", DiagnosticCategory.Compiler);

        public static readonly DiagnosticInfo InvalidConfig = new DiagnosticInfo(
            "MCR0007", "invalid-config", McredSeverity.Error, "A configuration key with a bad value (error) or with no effect (warning).", DiagnosticCategory.Compiler);

        public static readonly DiagnosticInfo[] All =
        {
            SyntaxError, UndefinedReference, DuplicateDeclaration, WrongKindReference, InvalidValue, InvalidProperty, InvalidConfig,
        };
    }
}
