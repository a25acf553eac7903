// The mcred extension starts `mcred lsp` and hands it the .mcred files: everything it shows (diagnostics,
// completion, hover, navigation, rename, formatting, quick fixes) comes from the language server.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const command = vscode.workspace.getConfiguration('mcred').get<string>('server.path') || 'mcred';
    const serverOptions: ServerOptions = {
        run: { command, args: ['lsp'], transport: TransportKind.stdio },
        debug: { command, args: ['lsp'], transport: TransportKind.stdio },
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
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
        if (event.affectsConfiguration('mcred.server.path')) {
            await vscode.commands.executeCommand('workbench.action.reloadWindow');
        }
    }));
    try {
        await client.start();
    } catch (error) {
        void vscode.window.showErrorMessage(
            `mcred: could not start '${command} lsp' (${String(error)}). Install the tool with 'dotnet tool install -g Mcred.Cli' or set mcred.server.path.`);
    }
}

export async function deactivate(): Promise<void> {
    if (client) {
        await client.stop();
    }
}
