using Mcred.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Mcred.Analyzers
{
    /// <summary>The options the compiler hands the analyzer for one .mcred file, as the core reads them.</summary>
    internal sealed class AnalyzerOptionSource : IOptionSource
    {
        private readonly AnalyzerConfigOptions _options;

        public AnalyzerOptionSource(AnalyzerConfigOptions options)
        {
            _options = options;
        }

        public bool TryGetValue(string key, out string value)
        {
            if (_options.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
