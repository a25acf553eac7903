namespace Mcred.Cli
{
    internal static class ExitCodes
    {
        /// <summary>Nothing at or above the fail level.</summary>
        public const int Success = 0;

        /// <summary>A diagnostic at or above the fail level (or a failed fixture, a file fmt would change).</summary>
        public const int Failed = 1;

        /// <summary>Usage error or unreadable input; the message is on stderr.</summary>
        public const int UsageOrInput = 2;
    }

    /// <summary>A problem that ends the command with exit 2 and a one-line message, never a stack trace.</summary>
    internal sealed class CliException : System.Exception
    {
        public CliException(string message)
            : base(message)
        {
        }
    }
}
