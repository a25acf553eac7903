namespace Mcred.Tooling
{
    /// <summary>Input the tooling refuses (a bad import file, a broken baseline): each shell shows the one-line message (the CLI exits 2).</summary>
    internal sealed class ToolingException : System.Exception
    {
        public ToolingException(string message)
            : base(message)
        {
        }
    }
}
