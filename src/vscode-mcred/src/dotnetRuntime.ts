// Finds a `dotnet` host on PATH that has the .NET runtime the bundled server targets, by asking it
// (`dotnet --list-runtimes`): a dotnet 8 on PATH must not be mistaken for one that can run a .NET 10 server.
import { execFile } from 'child_process';

/** The runtime major version the bundled server (Mcred.Cli.dll, net10.0) needs. */
export const RequiredRuntimeMajor = 10;

/** Whether `dotnet --list-runtimes` output lists Microsoft.NETCore.App of the required major version or newer. */
export function hasRequiredRuntime(listRuntimesOutput: string, major = RequiredRuntimeMajor): boolean {
    return listRuntimesOutput.split(/\r?\n/).some((line) => {
        const match = /^Microsoft\.NETCore\.App (\d+)\.\d+\.\d+/.exec(line.trim());
        return match !== null && Number(match[1]) >= major;
    });
}

/** `dotnet` (as found on PATH) when it has the runtime, else undefined; never throws. */
export function findDotnetOnPath(env: NodeJS.ProcessEnv = process.env, timeoutMs = 15000): Promise<string | undefined> {
    return new Promise((resolve) => {
        execFile('dotnet', ['--list-runtimes'], { env, timeout: timeoutMs, windowsHide: true }, (error, stdout) => {
            resolve(!error && hasRequiredRuntime(String(stdout)) ? 'dotnet' : undefined);
        });
    });
}
