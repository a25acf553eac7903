using System.Collections.Generic;
using Mcred.Rules;

namespace Mcred.Configuration
{
    /// <summary>Options held in a dictionary (Roslyn's AnalyzerOptions of one file, or a test's own).</summary>
    internal sealed class DictionaryOptionSource : IOptionSource
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public DictionaryOptionSource(IReadOnlyDictionary<string, string> values)
        {
            _values = values;
        }

        public bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
