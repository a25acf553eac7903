using System.Reflection;
using System.Runtime.Loader;

namespace Mcred.Cli.Input
{
    /// <summary>
    /// A load context per rules assembly: two rule assemblies may share a name without clashing, their own
    /// dependencies resolve next to them, and mcred's assemblies come from the tool so McredRule is one type.
    /// </summary>
    internal sealed class RulesLoadContext : AssemblyLoadContext
    {
        private readonly AssemblyDependencyResolver _resolver;

        public RulesLoadContext(string rulesPath)
            : base("mcred-rules:" + rulesPath)
        {
            _resolver = new AssemblyDependencyResolver(rulesPath);
        }

        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Rule assemblies are loaded in the JIT build only (CodeLoading).")]
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (IsShared(assemblyName.Name))
            {
                return null;
            }

            var path = _resolver.ResolveAssemblyToPath(assemblyName);
            return path != null ? LoadFromAssemblyPath(path) : null;
        }

        private static bool IsShared(string? name) =>
            name == "Mcred" || name == "Sprache" || (name != null && name.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal));
    }
}
