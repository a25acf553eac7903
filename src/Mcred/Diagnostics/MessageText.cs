namespace Mcred.Diagnostics
{
    /// <summary>Text from a plan quoted in a message: cut to a readable length, so a 3 MB ID is not repeated in full.</summary>
    internal static class MessageText
    {
        public const int MaxQuoted = 64;

        /// <summary>The longest prose (a why, a description) an editor's hover shows.</summary>
        public const int MaxProse = 1000;

        public static string Cut(string text) => Cut(text, MaxQuoted);

        public static string Cut(string text, int max) =>
            text.Length <= max ? text : text.Substring(0, max - 1) + "…";
    }
}
