// Decides how the extension starts the mcred language server, with no dependency on VS Code so Node's test runner
// can run it: the mcred.server.path setting wins (a command with arguments; 'lsp' is appended); otherwise the server
// bundled in the .vsix (server/Mcred.Cli.dll) runs on a .NET runtime found on PATH or, failing that, one the .NET
// Install Tool extension provides. When none of that works the user gets one message saying what to do.
import * as path from 'path';
import { splitCommandLine } from './commandLine';
import { RequiredRuntimeMajor } from './dotnetRuntime';

export interface ServerCommand {
    command: string;
    args: string[];
    /** Where the command came from, for messages: the setting, or the bundled server on which runtime. */
    origin: string;
}

export interface ResolutionInputs {
    /** The mcred.server.path setting, '' when not set. */
    setting: string;
    /** The extension's install folder. */
    extensionPath: string;
    exists(file: string): boolean;
    /** A dotnet host with the required runtime on PATH, or undefined. */
    findDotnet(): Promise<string | undefined>;
    /** The .NET Install Tool's dotnet path; throws (with the tool's reason) when it cannot provide one. */
    acquireDotnet(): Promise<string>;
}

export type Resolution = { server: ServerCommand } | { error: string };

export const BundledServer = path.join('server', 'Mcred.Cli.dll');

export async function resolveServer(inputs: ResolutionInputs): Promise<Resolution> {
    const setting = inputs.setting.trim();
    if (setting !== '') {
        let words: string[];
        try {
            words = splitCommandLine(setting);
        } catch (error) {
            return { error: `mcred: the mcred.server.path setting cannot be read: ${message(error)}. Write the command as you would type it in a terminal, e.g. /usr/local/bin/mcred or dotnet run --project "/path/to/src/Mcred.Cli" --.` };
        }
        return { server: { command: words[0], args: [...words.slice(1), 'lsp'], origin: 'the mcred.server.path setting' } };
    }

    const bundled = path.join(inputs.extensionPath, BundledServer);
    if (!inputs.exists(bundled)) {
        return { error: `mcred: this copy of the extension has no bundled language server (${bundled} is missing). Reinstall the extension, or set mcred.server.path to an mcred command (see docs/editors.md).` };
    }

    const onPath = await inputs.findDotnet();
    if (onPath !== undefined) {
        return { server: { command: onPath, args: [bundled, 'lsp'], origin: `the bundled server on the .NET ${RequiredRuntimeMajor} runtime found on PATH` } };
    }

    try {
        const acquired = await inputs.acquireDotnet();
        return { server: { command: acquired, args: [bundled, 'lsp'], origin: 'the bundled server on the .NET runtime from the .NET Install Tool' } };
    } catch (error) {
        return { error: `mcred: the bundled language server needs the .NET ${RequiredRuntimeMajor} runtime. None was found on PATH and the .NET Install Tool could not provide one (${message(error)}). Install .NET ${RequiredRuntimeMajor} from https://dot.net and reload the window, or set mcred.server.path to an mcred command.` };
    }
}

/** What the user reads when the resolved command does not start (no runtime, no permission, a wrong path). */
export function startFailureMessage(server: ServerCommand, error: unknown): string {
    const text = message(error);
    const why = /EACCES|permission/i.test(text) ? ' The file is not executable or not readable by you: check its permissions.'
        : /ENOENT|not found/i.test(text) ? ' The program does not exist at that path or on PATH.'
            : '';
    return `mcred: the language server (${server.origin}) did not start: '${[server.command, ...server.args].join(' ')}' failed with ${text}.${why} Your files are not affected; highlighting and snippets still work. Fix mcred.server.path or reinstall the extension, then reload the window.`;
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
