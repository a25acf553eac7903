// How the extension finds its language server (out/serverResolution.js, out/commandLine.js, out/dotnetRuntime.js),
// under Node's test runner: `npm run test:server`. No VS Code is needed: the resolution takes its surroundings as inputs.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { splitCommandLine } = require('../out/commandLine');
const { hasRequiredRuntime, findDotnetOnPath } = require('../out/dotnetRuntime');
const { resolveServer, startFailureMessage, BundledServer } = require('../out/serverResolution');

const extensionPath = path.join(os.tmpdir(), 'mcred-extension');
const bundled = path.join(extensionPath, BundledServer);

function inputs(overrides) {
    return {
        setting: '',
        extensionPath,
        exists: (file) => file === bundled,
        findDotnet: async () => undefined,
        acquireDotnet: async () => { throw new Error('the .NET Install Tool is not installed'); },
        ...overrides,
    };
}

test('the setting wins, split like a shell command, with lsp appended', async () => {
    const result = await resolveServer(inputs({ setting: 'dotnet run --project "/My Plans/mcred/src/Mcred.Cli" --', findDotnet: async () => 'dotnet' }));
    assert.deepEqual(result.server.command, 'dotnet');
    assert.deepEqual(result.server.args, ['run', '--project', '/My Plans/mcred/src/Mcred.Cli', '--', 'lsp']);
    assert.match(result.server.origin, /mcred\.server\.path/);
});

test('a bare program path in the setting is the program', async () => {
    const result = await resolveServer(inputs({ setting: '  /usr/local/bin/mcred  ' }));
    assert.deepEqual([result.server.command, ...result.server.args], ['/usr/local/bin/mcred', 'lsp']);
});

test('an unclosed quote in the setting is a message, not a guess', async () => {
    const result = await resolveServer(inputs({ setting: 'mcred "--x' }));
    assert.match(result.error, /mcred\.server\.path setting cannot be read: the double quote it opens is never closed/);
});

test('without a setting the bundled server runs on the dotnet found on PATH', async () => {
    let acquired = false;
    const result = await resolveServer(inputs({ findDotnet: async () => 'dotnet', acquireDotnet: async () => { acquired = true; return '/x/dotnet'; } }));
    assert.deepEqual([result.server.command, ...result.server.args], ['dotnet', bundled, 'lsp']);
    assert.equal(acquired, false, 'no download when PATH has the runtime');
});

test('without a runtime on PATH the .NET Install Tool provides one', async () => {
    const result = await resolveServer(inputs({ acquireDotnet: async () => '/home/u/.vscode/dotnet/dotnet' }));
    assert.deepEqual([result.server.command, ...result.server.args], ['/home/u/.vscode/dotnet/dotnet', bundled, 'lsp']);
    assert.match(result.server.origin, /\.NET Install Tool/);
});

test('no runtime anywhere: one message naming what to install and the setting', async () => {
    const result = await resolveServer(inputs());
    assert.match(result.error, /needs the \.NET 10 runtime/);
    assert.match(result.error, /the \.NET Install Tool is not installed/);
    assert.match(result.error, /https:\/\/dot\.net/);
    assert.match(result.error, /mcred\.server\.path/);
});

test('a copy without the bundled server says so', async () => {
    const result = await resolveServer(inputs({ exists: () => false }));
    assert.match(result.error, /no bundled language server/);
});

test('a server that cannot start: the reason, what to check, and that nothing is lost', () => {
    const server = { command: 'dotnet', args: [bundled, 'lsp'], origin: 'the bundled server' };
    const denied = startFailureMessage(server, new Error('spawn dotnet EACCES'));
    assert.match(denied, /did not start/);
    assert.match(denied, /permissions/);
    assert.match(denied, /Your files are not affected/);
    assert.match(startFailureMessage(server, new Error('spawn dotnet ENOENT')), /does not exist/);
});

test('command lines split as a shell splits them, Windows paths kept', () => {
    assert.deepEqual(splitCommandLine(`a 'b c' "d \\" e" f\\ g`), ['a', 'b c', 'd " e', 'f g']);
    assert.deepEqual(splitCommandLine('C:\\Tools\\mcred.exe'), ['C:\\Tools\\mcred.exe']);
    assert.deepEqual(splitCommandLine('"C:\\Program Files\\mcred\\mcred.exe" --x'), ['C:\\Program Files\\mcred\\mcred.exe', '--x']);
    assert.deepEqual(splitCommandLine('a "" b'), ['a', '', 'b']);
    assert.throws(() => splitCommandLine("it's"), /single quote/);
});

test('only a .NET 10 or newer runtime counts', () => {
    assert.equal(hasRequiredRuntime('Microsoft.AspNetCore.App 10.0.1 [/d]\nMicrosoft.NETCore.App 8.0.11 [/d]\n'), false);
    assert.equal(hasRequiredRuntime('Microsoft.NETCore.App 8.0.11 [/d]\r\nMicrosoft.NETCore.App 10.0.1 [/d]\r\n'), true);
    assert.equal(hasRequiredRuntime('Microsoft.NETCore.App 11.0.0-preview.1.25 [/d]'), true);
    assert.equal(hasRequiredRuntime(''), false);
});

// A fake `dotnet` first on PATH: the real lookup runs it and reads what it lists.
function fakeDotnet(listing, exitCode) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcred-fake-dotnet-'));
    const file = path.join(dir, 'dotnet');
    fs.writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' '${listing}'\nexit ${exitCode}\n`, { mode: 0o755 });
    return { ...process.env, PATH: dir };
}

test('PATH lookup: a dotnet with the runtime is used, one without it or failing is not', { skip: process.platform === 'win32' }, async () => {
    assert.equal(await findDotnetOnPath(fakeDotnet('Microsoft.NETCore.App 10.0.0 [/x]', 0)), 'dotnet');
    assert.equal(await findDotnetOnPath(fakeDotnet('Microsoft.NETCore.App 9.0.0 [/x]', 0)), undefined);
    assert.equal(await findDotnetOnPath(fakeDotnet('Microsoft.NETCore.App 10.0.0 [/x]', 3)), undefined);
    assert.equal(await findDotnetOnPath({ ...process.env, PATH: fs.mkdtempSync(path.join(os.tmpdir(), 'mcred-empty-')) }), undefined);
});
