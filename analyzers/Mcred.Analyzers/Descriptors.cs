using System.Collections.Immutable;
using Mcred.Rules;
using Microsoft.CodeAnalysis;

namespace Mcred.Analyzers
{
    /// <summary>
    /// One descriptor per diagnostic. ID, category and default severity are constants so Roslyn's release tracking
    /// (AnalyzerReleases.*.md) can check them; name, summary, help link and message format (the message with its
    /// variable parts as arguments, which IDEs and SARIF viewers group by) come from the rule registry, and a test pins
    /// the IDs and severities to the registry.
    /// </summary>
    internal static class Descriptors
    {
        private const string Compiler = "Mcred.Compiler";
        private const string Design = "Mcred.Design";

        public static readonly DiagnosticDescriptor MCR0001 = Create("MCR0001", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR0002 = Create("MCR0002", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR0003 = Create("MCR0003", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR0004 = Create("MCR0004", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR0005 = Create("MCR0005", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR0006 = Create("MCR0006", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR0007 = Create("MCR0007", Compiler, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor MCR1001 = Create("MCR1001", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1002 = Create("MCR1002", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1003 = Create("MCR1003", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1004 = Create("MCR1004", Design, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor MCR1005 = Create("MCR1005", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1006 = Create("MCR1006", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1007 = Create("MCR1007", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1008 = Create("MCR1008", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1009 = Create("MCR1009", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1010 = Create("MCR1010", Design, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor MCR1011 = Create("MCR1011", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1012 = Create("MCR1012", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1013 = Create("MCR1013", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1014 = Create("MCR1014", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1015 = Create("MCR1015", Design, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor MCR1016 = Create("MCR1016", Design, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor MCR1017 = Create("MCR1017", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1018 = Create("MCR1018", Design, DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor MCR1019 = Create("MCR1019", Design, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MCR1020 = Create("MCR1020", Design, DiagnosticSeverity.Warning);

        /// <summary>
        /// Off by default (severity none in the contract): the core reports nothing until a configuration gives it a
        /// severity. The descriptor stays enabled (at Hidden) because the compiler would drop every diagnostic of a
        /// disabled descriptor, including ones that <c>mcred_diagnostic.MCR1021.severity</c> turned on.
        /// </summary>
        public static readonly DiagnosticDescriptor MCR1021 = Create("MCR1021", Design, DiagnosticSeverity.Hidden);
        public static readonly DiagnosticDescriptor MCR1022 = Create("MCR1022", Design, DiagnosticSeverity.Info);

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            MCR0001, MCR0002, MCR0003, MCR0004, MCR0005, MCR0006, MCR0007, MCR1001, MCR1002, MCR1003, MCR1004, MCR1005, MCR1006, MCR1007, MCR1008, MCR1009, MCR1010, MCR1011, MCR1012, MCR1013, MCR1014, MCR1015, MCR1016, MCR1017, MCR1018, MCR1019, MCR1020, MCR1021, MCR1022);

        public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = CreateIndex();

        private static ImmutableDictionary<string, DiagnosticDescriptor> CreateIndex()
        {
            var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
            foreach (var descriptor in All)
            {
                builder.Add(descriptor.Id, descriptor);
            }

            return builder.ToImmutable();
        }

        private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity)
        {
            var info = RuleRegistry.Default.Find(id)!;
            return new DiagnosticDescriptor(
                id,
                info.Name,
                info.MessageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: info.Summary,
                helpLinkUri: info.HelpUri,
                customTags: category == Compiler ? new[] { WellKnownDiagnosticTags.NotConfigurable } : info.IsUnnecessary ? new[] { WellKnownDiagnosticTags.Unnecessary } : new string[0]);
        }
    }
}
