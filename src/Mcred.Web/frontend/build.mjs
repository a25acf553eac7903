// Builds the page into ../wwwroot: app.js (the page), worker.js (the checker's host), sw.js (offline), and the
// static index.html and style.css. dotnet publish adds _framework/ (the .NET runtime and mcred) beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../wwwroot/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, format: 'esm', target: 'es2022', sourcemap: false, legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/main.ts'], outfile: out + 'app.js' });
await build({ ...common, entryPoints: ['src/worker.ts'], outfile: out + 'worker.js' });
await build({ ...common, entryPoints: ['src/sw.ts'], outfile: out + 'sw.js', format: 'iife' });
for (const file of ['index.html', 'style.css']) {
  copyFileSync(new URL('static/' + file, import.meta.url), out + file);
}
console.log('front end built into ' + out);
