// The mcred extension starts the mcred language server and hands it the .mcred files: everything it shows
// (diagnostics, completion, hover, navigation, rename, formatting, quick fixes) comes from the server. Which server
// runs is decided in serverResolution.ts: the mcred.server.path setting, else the server bundled in the .vsix on a
// .NET runtime from PATH or from the .NET Install Tool extension.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { findDotnetOnPath, RequiredRuntimeMajor } from './dotnetRuntime';
import { resolveServer, ServerCommand, startFailureMessage } from './serverResolution';

let client: LanguageClient | undefined;

interface DotnetAcquireResult {
    dotnetPath: string;
}

/** A private .NET runtime from the .NET Install Tool (ms-dotnettools.vscode-dotnet-runtime, a declared dependency). */
async function acquireDotnet(extensionId: string): Promise<string> {
    const request = { version: `${RequiredRuntimeMajor}.0`, requestingExtensionId: extensionId };
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `mcred: getting the .NET ${RequiredRuntimeMajor} runtime for the language server` },
        () => Promise.resolve(vscode.commands.executeCommand<DotnetAcquireResult | undefined>('dotnet.acquire', request)));
    if (!result?.dotnetPath) {
        throw new Error('the .NET Install Tool returned no runtime');
    }
    return result.dotnetPath;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
        if (event.affectsConfiguration('mcred.server.path')) {
            await vscode.commands.executeCommand('workbench.action.reloadWindow');
        }
    }));

    const resolution = await resolveServer({
        setting: vscode.workspace.getConfiguration('mcred').get<string>('server.path') ?? '',
        extensionPath: context.extensionPath,
        exists: (file) => fs.existsSync(file),
        findDotnet: () => findDotnetOnPath(),
        acquireDotnet: () => acquireDotnet(context.extension.id),
    });
    if ('error' in resolution) {
        void showError(resolution.error);
        return;
    }

    await start(resolution.server);
}

async function start(server: ServerCommand): Promise<void> {
    const serverOptions: ServerOptions = {
        run: { command: server.command, args: server.args, transport: TransportKind.stdio },
        debug: { command: server.command, args: server.args, transport: TransportKind.stdio },
    };
    const clientOptions: LanguageClientOptions = {
        // The config files too: the server applies their unsaved text as it is typed (it answers no feature there).
        documentSelector: [
            { scheme: 'file', language: 'mcred' },
            { scheme: 'file', pattern: '**/{.editorconfig,.globalconfig,.mcredignore}' },
        ],
        synchronize: {
            // Plans and the config files that set severities and options, changed outside the editor too.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.mcred,.editorconfig,.globalconfig,.mcredignore}'),
        },
    };
    client = new LanguageClient('mcred', 'mcred', serverOptions, clientOptions);
    try {
        await client.start();
    } catch (error) {
        client = undefined;
        void showError(startFailureMessage(server, error));
    }
}

async function showError(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Open settings');
    if (choice === 'Open settings') {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'mcred.server.path');
    }
}

export async function deactivate(): Promise<void> {
    if (client) {
        await client.stop();
    }
}
