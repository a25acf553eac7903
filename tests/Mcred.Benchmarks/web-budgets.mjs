// The browser edition's budgets, measured on the published site in headless Chromium (not a timed unit test):
//   node tests/Mcred.Benchmarks/web-budgets.mjs [SITE_DIR]
// SITE_DIR is `dotnet publish src/Mcred.Web -c Release -o DIR`'s DIR/wwwroot (published into a temporary folder
// when not given). Prints: first finished check after opening the page; the time from a typed change in a
// 1,000-skill workspace to its diagnostic (median of 7); opening the 32,000-skill workspace, and the page's longest
// main-thread task meanwhile (the page must not freeze). Figures go to docs/performance.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const repo = resolve(new URL('../..', import.meta.url).pathname);
const require = createRequire(join(repo, 'src/Mcred.Web/frontend/package.json'));
const { chromium } = require('playwright-core');

let site = process.argv[2];
if (!site) {
  const out = mkdtempSync(join(tmpdir(), 'mcred-site-'));
  execFileSync('dotnet', ['publish', join(repo, 'src/Mcred.Web'), '-c', 'Release', '-o', out], { stdio: 'inherit' });
  site = join(out, 'wwwroot');
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/$/, '/index.html'));
  if (!path.startsWith(site) || !existsSync(path) || statSync(path).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  const brotli = (request.headers['accept-encoding'] ?? '').includes('br') && existsSync(path + '.br');
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', ...(brotli ? { 'content-encoding': 'br' } : {}) });
  response.end(readFileSync(brotli ? path + '.br' : path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/?today=2026-11-28`;

function workspace(files, skillsPerFile) {
  const folder = mkdtempSync(join(tmpdir(), 'mcred-ws-'));
  mkdirSync(join(folder, 'plan'));
  let skillIds = [];
  for (let f = 0; f < files; f++) {
    let text = `category c${f} "Category ${f}" {\n  type technical\n}\n`;
    for (let s = 0; s < skillsPerFile; s++) {
      const id = `s${f}-${s}`;
      skillIds.push(id);
      text += `\nskill ${id} "Skill ${f} ${s}" {\n  category c${f}\n  why "Teams ask for this every week and a learner who has it answers them sooner"\n  half-life 3y\n  reviewed 2026-11-01\n}\n`;
    }
    writeFileSync(join(folder, 'plan', `skills-${String(f).padStart(4, '0')}.mcred`), text);
  }
  writeFileSync(join(folder, 'plan', 'credentials.mcred'), `credential first "First" {\n  skills ${skillIds.slice(0, 3).join(', ')}\n}\n`);
  return join(folder, 'plan');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.getByRole('status', { name: 'Check status' }).filter({ hasText: /in \d+ files?/ }).waitFor({ timeout: 60_000 });
  return { page, context, firstCheck: Date.now() - started };
}

async function openFolder(page, folder, files) {
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open folder', exact: true }).click();
  await (await chooser).setFiles(folder);
  await page.getByRole('status', { name: 'Check status' }).filter({ hasText: new RegExp(`in ${files} files`) }).waitFor({ timeout: 600_000 });
  return { opened: Date.now() - started, longestTask: await page.evaluate(() => window.longest) };
}

const cold = await openPage();
console.log(`first finished check after opening the page: ${cold.firstCheck} ms`);
await cold.context.close();

const { page, context } = await openPage();
const small = await openFolder(page, workspace(10, 100), 11);
console.log(`1,000 skills in 11 files: opened and checked in ${small.opened} ms (longest main-thread task ${small.longestTask.toFixed(0)} ms)`);
await page.getByRole('list', { name: 'Files' }).getByRole('button', { name: 'credentials.mcred', exact: true }).click();
const typed = [];
for (let i = 0; i < 7; i++) {
  const editor = page.getByRole('textbox', { name: 'Plan editor' });
  await editor.click();
  await page.keyboard.press('Control+End');
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.insertText(`\ncredential typo${i} "Typo ${i}" {\n  skills s0-0x\n}\n`);
  await page.getByRole('status', { name: 'Check status' }).filter({ hasText: new RegExp(`^${i + 1} error`) }).waitFor();
  typed.push((await page.evaluate(() => performance.now())) - started);
}
console.log(`typed change to its diagnostic, 1,000 skills: median ${median(typed).toFixed(0)} ms (${typed.map((t) => t.toFixed(0)).join(', ')})`);

const large = await openFolder(page, workspace(1000, 32), 1001);
console.log(`32,000 skills in 1,001 files: opened and checked in ${large.opened} ms (longest main-thread task ${large.longestTask.toFixed(0)} ms)`);
await context.close();
await browser.close();
server.close();
