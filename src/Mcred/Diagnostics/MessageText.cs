namespace Mcred.Diagnostics
{
    /// <summary>Text from a plan quoted in a message: cut to a readable length, so a 3 MB ID is not repeated in full.</summary>
    internal static class MessageText
    {
        public const int MaxQuoted = 64;

        public static string Cut(string text) =>
            text.Length <= MaxQuoted ? text : text.Substring(0, MaxQuoted - 1) + "…";
    }
}
