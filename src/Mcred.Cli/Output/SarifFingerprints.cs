using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Mcred.Diagnostics;

namespace Mcred.Cli.Output
{
    /// <summary>
    /// SARIF <c>partialFingerprints</c>: a hash of the rule, the file, the declaration the finding is in and the text of
    /// the reported span, never its line number, so code scanning keeps an alert when unrelated lines move. Findings
    /// that would hash alike (the same undefined ID twice in one declaration) are numbered in report order.
    /// </summary>
    internal sealed class SarifFingerprints
    {
        public const string Key = "mcredFinding/v1";

        private readonly CheckReport report;
        private readonly Dictionary<string, int> seen = new Dictionary<string, int>(StringComparer.Ordinal);

        public SarifFingerprints(CheckReport report) => this.report = report;

        public string For(McredDiagnostic diagnostic)
        {
            var location = diagnostic.Location;
            var identity = string.Join(
                "\0",
                diagnostic.Id,
                report.PathOf(diagnostic),
                report.Declarations.KeyAt(location.Path, location.Span.Start),
                report.Declarations.TextAt(location.Path, location.Span));
            var occurrence = seen.TryGetValue(identity, out var n) ? n + 1 : 0;
            seen[identity] = occurrence;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity + "\0" + occurrence));
            return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
        }
    }
}
