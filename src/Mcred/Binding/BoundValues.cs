using Mcred.Model;
using System.Collections.Generic;

namespace Mcred.Binding
{
    /// <summary>The accepted values of one declaration's properties, by position in the kind's schema.</summary>
    internal sealed class BoundValues
    {
        private IReadOnlyList<PropertySpec> _specs = System.Array.Empty<PropertySpec>();
        private List<object>?[] _values = System.Array.Empty<List<object>?>();
        private bool[] _used = System.Array.Empty<bool>();

        /// <summary>Empties the values and sets the schema of the next declaration.</summary>
        public BoundValues Reset(IReadOnlyList<PropertySpec> specs)
        {
            _specs = specs;
            if (_values.Length < specs.Count)
            {
                System.Array.Resize(ref _values, specs.Count);
                System.Array.Resize(ref _used, specs.Count);
            }

            for (var i = 0; i < _values.Length; i++)
            {
                _values[i]?.Clear();
                _used[i] = false;
            }

            return this;
        }

        public List<object> For(int index)
        {
            _used[index] = true;
            return _values[index] ??= new List<object>(2);
        }

        public List<object>? Get(string name)
        {
            for (var i = 0; i < _specs.Count; i++)
            {
                if (_specs[i].Name == name)
                {
                    return _used[i] ? _values[i] : null;
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
            var counts = new int[_specs.Count];
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = _used[i] ? _values[i]!.Count : 0;
            }

            return counts;
        }
    }
}
