namespace Mcred.Web
{
    /// <summary>The runtime starts here; the worker then calls <see cref="Interop"/>.</summary>
    internal static class Program
    {
        private static void Main()
        {
        }
    }
}
