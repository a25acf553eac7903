using System;
using System.Diagnostics.CodeAnalysis;

namespace Mcred.Cli
{
    /// <summary>
    /// Whether this build of mcred can load code at run time: a team's rule assemblies (<c>--rules</c>) and the
    /// language server (its JSON-RPC binds handlers by reflection). The JIT build can. The native (ahead-of-time)
    /// build that the linux-x64 tool package installs, for start-up speed, cannot: it hands those commands to the
    /// JIT build that travels beside it (<see cref="JitHandOff"/>). The switch is a trimming feature switch, so the
    /// native build leaves the loading code out instead of carrying code that cannot run.
    /// </summary>
    internal static class CodeLoading
    {
        public const string Switch = "Mcred.Cli.CodeLoading.IsSupported";

        [FeatureSwitchDefinition(Switch)]
        public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var supported) || supported;
    }
}
