using Mcred.Model;
using System.Collections.Generic;

namespace Mcred.Binding
{
    /// <summary>The accepted values of one declaration's properties, by position in the kind's schema.</summary>
    internal sealed class BoundValues
    {
        private readonly IReadOnlyList<PropertySpec> _specs;
        private readonly List<object>?[] _values;

        public BoundValues(IReadOnlyList<PropertySpec> specs)
        {
            _specs = specs;
            _values = new List<object>?[specs.Count];
        }

        public List<object> For(int index) => _values[index] ??= new List<object>(2);

        public List<object>? Get(string name)
        {
            for (var i = 0; i < _specs.Count; i++)
            {
                if (_specs[i].Name == name)
                {
                    return _values[i];
                }
            }

            return null;
        }

        public object? First(string name)
        {
            var list = Get(name);
            return list != null && list.Count > 0 ? list[0] : null;
        }

        public int Count(string name) => Get(name)?.Count ?? 0;

        public int[] Counts()
        {
            var counts = new int[_values.Length];
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = _values[i]?.Count ?? 0;
            }

            return counts;
        }
    }
}
