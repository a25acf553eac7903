// Starts the language server of an unpacked .vsix the way the extension does (serverResolution with no setting: the
// bundled server on a runtime from PATH) and sends it `initialize`; exits 0 when it answers with capabilities.
// Usage: node test/bundled-server.js UNPACKED_VSIX/extension
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { findDotnetOnPath } = require('../out/dotnetRuntime');
const { resolveServer } = require('../out/serverResolution');

function fail(message) {
    console.error(message);
    process.exit(1);
}

async function main() {
    const extensionPath = path.resolve(process.argv[2] || '.');
    const resolution = await resolveServer({
        setting: '',
        extensionPath,
        exists: (file) => fs.existsSync(file),
        findDotnet: () => findDotnetOnPath(),
        acquireDotnet: async () => { throw new Error('no .NET Install Tool outside VS Code'); },
    });
    if ('error' in resolution) {
        fail(resolution.error);
    }
    const { command, args } = resolution.server;
    const server = spawn(command, args, { cwd: extensionPath, stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => { server.kill(); fail('no answer to initialize within 60 s'); }, 60000);
    let stderr = '';
    server.stderr.on('data', (chunk) => { stderr += chunk; });
    server.on('error', (error) => fail(`the server did not start: ${error.message}`));
    let buffer = Buffer.alloc(0);
    server.stdout.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) {
            return;
        }
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString('ascii'))[1]);
        if (buffer.length < header + 4 + length) {
            return;
        }
        const reply = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
        clearTimeout(timer);
        if (reply.id !== 1 || !reply.result || !reply.result.capabilities) {
            fail(`unexpected reply: ${JSON.stringify(reply)}\n${stderr}`);
        }
        console.log(`initialize answered by ${[command, ...args].join(' ')}: ${Object.keys(reply.result.capabilities).length} capabilities`);
        server.kill();
        process.exit(0);
    });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
}

main().catch((error) => fail(String(error)));
