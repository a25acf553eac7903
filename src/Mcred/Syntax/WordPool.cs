namespace Mcred.Syntax
{
    /// <summary>
    /// Reuses the string of a short word already seen on this thread: property names, keywords and IDs repeat on
    /// almost every line of a plan, and a new string for each occurrence was a large share of parse allocation. A
    /// direct-mapped cache: a miss just replaces the slot, so it never grows and never searches.
    /// </summary>
    internal static class WordPool
    {
        private const int Slots = 4096;
        private const int MaxLength = 48;

        [System.ThreadStatic]
        private static string?[]? _slots;

        public static string Get(string text, int start, int length)
        {
            if (length > MaxLength)
            {
                return text.Substring(start, length);
            }

            var hash = (uint)length;
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ text[start + i]) * 16777619u;
            }

            var slots = _slots ??= new string?[Slots];
            var slot = (int)(hash & (Slots - 1));
            var cached = slots[slot];
            if (cached != null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
            {
                return cached;
            }

            var word = text.Substring(start, length);
            slots[slot] = word;
            return word;
        }
    }
}
