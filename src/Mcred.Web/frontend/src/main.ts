// The page: a workspace of plan files, the editor, Problems, the check status, and every action of §13. All
// checking, formatting, rendering and exporting happens in the worker (the real mcred core); this file only shows it.

import { LocalFolder, canEditInPlace } from './localfolder';
import { PlanEditor, type Edit, type FileDiagnostic } from './editor';
import { Checker, type Answer } from './rpc';
import { isShareFragment, readShareFragment, shareFragment } from './share';
import * as storage from './storage';
import { Workspace, readChosen, isWorkspaceFile, type PlanFile } from './workspace';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Finding {
  id: string;
  severity: string;
  message: string;
  path: string;
  line: number;
  column: number;
}

const today = chosenToday();
const workspace = new Workspace();
const checker = new Checker(
  (message) => {
    say(message);
    scheduleCheck();
  },
  () => [['Start', [today]], ['Open', [JSON.stringify({ files: workspace.all })]]],
);

let openPath: string | null = null;
let version = 0;
let pendingPut: { path: string; text: string } | null = null;
let fileDiagnostics: FileDiagnostic[] = [];
let findings: Finding[] = [];

const editor = new PlanEditor($('editor'), {
  changed(text) {
    if (openPath === null) {
      return;
    }
    version++;
    workspace.put(openPath, text);
    pendingPut = { path: openPath, text };
    touched(openPath);
    scheduleCheck();
    persist();
  },
  complete: async (offset) => (await ask('Complete', openPath, offset)).items ?? [],
  hover: async (offset) => {
    const hover = await ask('Hover', openPath, offset);
    return hover.markdown ? (hover as { markdown: string; from: number; to: number }) : null;
  },
  definition: (offset) => void goToDefinition(offset),
  references: (offset) => void findReferences(offset),
  rename: (offset) => void renameAt(offset),
  format: () => void formatOpenFile(),
  quickFix: (offset) => {
    const fix = fileDiagnostics.filter((d) => d.from <= offset && offset <= d.to && d.fixes.length > 0)[0]?.fixes;
    if (fix) {
      applyEdits((fix.find((f) => f.preferred) ?? fix[0]).edits);
    } else {
      say('No quick fix here: put the cursor on a finding that offers one.');
    }
  },
  apply: (edits) => applyEdits(edits),
});

// ---- talking to the worker ------------------------------------------------------------------------------------

/** Sends the latest edit first, so every question is asked of the text as typed. */
function flush(): void {
  if (pendingPut) {
    void checker.call('Put', pendingPut.path, pendingPut.text);
    pendingPut = null;
  }
}

async function ask(method: string, ...args: unknown[]): Promise<Answer> {
  flush();
  try {
    return await checker.call(method, ...args);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Runs a call whose refusal is shown to the user; returns null when it was refused. */
async function act(method: string, ...args: unknown[]): Promise<Answer | null> {
  const answer = await ask(method, ...args);
  if (answer.error) {
    say(answer.error);
    return null;
  }
  return answer;
}

// ---- checking ------------------------------------------------------------------------------------------------

let timer: number | undefined;
let checking = false;
let again = false;

/** A newer edit supersedes a pending check: only the check of the latest text is shown. */
function scheduleCheck(delay = 60): void {
  again = true;
  clearTimeout(timer);
  timer = window.setTimeout(() => void runCheck(), delay);
}

async function runCheck(): Promise<void> {
  if (checking) {
    return;
  }
  checking = true;
  again = false;
  const started = version;
  try {
    flush();
    const result = await checker.call('Check');
    const path = openPath;
    const [diagnostics, tokens] = path === null ? [{ diagnostics: [] }, null] : await Promise.all([checker.call('Diagnostics', path), checker.call('Tokens', path)]);
    if (started !== version || path !== openPath) {
      return;
    }
    if (result.error) {
      say(result.error);
      return;
    }
    findings = result.findings.diagnostics;
    fileDiagnostics = diagnostics.diagnostics ?? [];
    editor.diagnostics(fileDiagnostics);
    if (tokens?.tokens) {
      editor.highlight(tokens.kinds, tokens.tokens);
    }
    renderProblems();
    $('status').textContent = result.problem ? `${result.status} (${result.problem})` : result.status;
  } catch (error) {
    say((error as Error).message);
  } finally {
    checking = false;
    if (again || started !== version) {
      scheduleCheck(0);
    }
  }
}

// ---- the files -----------------------------------------------------------------------------------------------

function renderFiles(): void {
  const list = $('files');
  list.replaceChildren();
  for (const path of workspace.paths) {
    const item = document.createElement('li');
    const open = button(path, () => openFile(path));
    open.className = 'file';
    if (path === openPath) {
      open.setAttribute('aria-current', 'true');
    }
    const rename = button('Rename', () => void renameFile(path));
    rename.setAttribute('aria-label', `Rename ${path}`);
    const remove = button('Delete', () => void deleteFile(path));
    remove.setAttribute('aria-label', `Delete ${path}`);
    item.append(open, rename, remove);
    list.append(item);
  }
  $('open-path').textContent = openPath ?? 'no file open';
}

function openFile(path: string | null, select?: { from: number; to: number }): void {
  flush();
  openPath = path !== null && workspace.has(path) ? path : null;
  editor.show(openPath === null ? '' : workspace.text(openPath)!);
  fileDiagnostics = [];
  renderFiles();
  if (select) {
    editor.select(select.from, select.to);
  }
  version++;
  scheduleCheck(0);
  persist();
}

function firstPlan(): string | null {
  return workspace.paths.find((p) => p.endsWith('.mcred')) ?? workspace.paths[0] ?? null;
}

/** Replaces the whole workspace (a template, a folder, a share link) and opens its first plan. */
async function replaceWorkspace(files: PlanFile[], open: string | null = null): Promise<boolean> {
  const answer = await act('Open', JSON.stringify({ files }));
  if (!answer) {
    return false;
  }
  workspace.replace(files);
  pendingPut = null;
  if (local) {
    say(`Stopped editing ${local.name} in place: what you opened now lives in the browser only.`);
    local = null;
    unsaved.clear();
  }
  openFile(open !== null && workspace.has(open) ? open : firstPlan());
  return true;
}

async function addFiles(files: PlanFile[]): Promise<void> {
  for (const file of files) {
    if ((await act('Put', file.path, file.text)) !== null) {
      workspace.put(file.path, file.text);
      touched(file.path);
    }
  }
  openFile(files.length > 0 && workspace.has(files[0].path) ? files[0].path : openPath ?? firstPlan());
}

async function newFile(): Promise<void> {
  const path = prompt('Name of the new file (a plan ends in .mcred; folders with /)', 'plan.mcred')?.trim();
  if (!path) {
    return;
  }
  if (workspace.has(path)) {
    say(`${path} already exists: pick another name`);
    return;
  }
  if (!isWorkspaceFile(path)) {
    say(`${path} is not a plan or configuration file: name it ….mcred, .editorconfig, .globalconfig or .mcredignore`);
    return;
  }
  if ((await act('Put', path, '')) !== null) {
    workspace.put(path, '');
    touched(path);
    openFile(path);
    editor.view.focus();
  }
}

async function renameFile(path: string): Promise<void> {
  const to = prompt(`New name for ${path}`, path)?.trim();
  if (!to || to === path) {
    return;
  }
  if (!isWorkspaceFile(to)) {
    say(`${to} is not a plan or configuration file: name it ….mcred, .editorconfig, .globalconfig or .mcredignore`);
    return;
  }
  flush();
  if ((await act('Move', path, to)) !== null) {
    workspace.put(to, workspace.text(path)!);
    workspace.remove(path);
    touched(to, path);
    openFile(openPath === path ? to : openPath);
    say(`Renamed ${path} to ${to}.`);
  }
}

async function deleteFile(path: string): Promise<void> {
  if (!confirm(`Delete ${path}? Download the workspace first if you may want it back.`)) {
    return;
  }
  if ((await act('Remove', path)) !== null) {
    workspace.remove(path);
    touched(path);
    openFile(openPath === path ? firstPlan() : openPath);
    say(`Deleted ${path}.`);
  }
}

// ---- problems, navigation, edits -----------------------------------------------------------------------------

const MaxShownProblems = 500;

function offsetOf(line: number, column: number): number {
  const doc = editor.view.state.doc;
  return line <= doc.lines ? doc.line(line).from + column - 1 : doc.length;
}

function renderProblems(): void {
  const list = $('problem-list');
  list.replaceChildren();
  for (const finding of findings.slice(0, MaxShownProblems)) {
    const item = document.createElement('li');
    item.className = 'problem ' + finding.severity;
    const text = `${finding.path}(${finding.line},${finding.column}): ${finding.severity} ${finding.id}: ${finding.message}`;
    item.append(button(text, () => {
      if (finding.path !== openPath) {
        openFile(finding.path);
      }
      jumpTo(finding);
    }));
    if (finding.path === openPath) {
      const at = offsetOf(finding.line, finding.column);
      const own = fileDiagnostics.find((d) => d.id === finding.id && d.from === at);
      const fix = own?.fixes.find((f) => f.preferred);
      if (fix) {
        const apply = button(`Fix: ${fix.title}`, () => applyEdits(fix.edits));
        apply.className = 'fix';
        item.append(apply);
      }
    }
    list.append(item);
  }
  if (findings.length > MaxShownProblems) {
    const more = document.createElement('li');
    more.textContent = `… and ${findings.length - MaxShownProblems} more: Download findings has them all.`;
    list.append(more);
  }
  if (findings.length === 0) {
    const none = document.createElement('li');
    none.textContent = 'No problems found.';
    list.append(none);
  }
}

function jumpTo(finding: Finding): void {
  const at = offsetOf(finding.line, finding.column);
  editor.select(at, at);
}

/** Applies edits across files: the open one through the editor (undoable), the others in the workspace. */
function applyEdits(edits: Edit[]): void {
  const byPath = new Map<string, Edit[]>();
  for (const edit of edits) {
    byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit]);
  }
  for (const [path, list] of byPath) {
    if (path === openPath) {
      editor.edit(list);
      continue;
    }
    let text = workspace.text(path);
    if (text === undefined) {
      continue;
    }
    for (const edit of [...list].sort((a, b) => b.from - a.from)) {
      text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
    }
    workspace.put(path, text);
    touched(path);
    flush();
    void checker.call('Put', path, text);
  }
  version++;
  scheduleCheck(0);
  persist();
}

async function goToDefinition(offset: number): Promise<void> {
  const answer = await act('Definition', openPath, offset);
  const place = answer?.places?.[0];
  if (place) {
    openFile(place.path, place);
  } else if (answer) {
    say('Nothing is declared here: put the cursor on a reference to a declaration.');
  }
}

async function findReferences(offset: number): Promise<void> {
  const answer = await act('References', openPath, offset);
  if (!answer) {
    return;
  }
  const places: Array<{ path: string; from: number; to: number; line: number; column: number }> = answer.places ?? [];
  const region = $('references');
  const list = $('reference-list');
  list.replaceChildren(...places.map((p) => {
    const item = document.createElement('li');
    item.append(button(`${p.path}(${p.line},${p.column})`, () => openFile(p.path, p)));
    return item;
  }));
  region.hidden = false;
  say(places.length === 0 ? 'No references here.' : `${places.length} place${places.length === 1 ? '' : 's'} name this ID (listed under References).`);
}

async function renameAt(offset: number): Promise<void> {
  const target = await act('PrepareRename', openPath, offset);
  if (!target) {
    return;
  }
  if (!target.id) {
    say('Put the cursor on an ID to rename it everywhere.');
    return;
  }
  const name = prompt(`Rename ${target.id} in every file to`, target.id)?.trim();
  if (!name || name === target.id) {
    return;
  }
  const answer = await act('Rename', openPath, offset, name);
  if (answer) {
    applyEdits(answer.edits);
    const files = new Set((answer.edits as Edit[]).map((e) => e.path)).size;
    say(`Renamed ${target.id} to ${name} in ${files} file${files === 1 ? '' : 's'}.`);
  }
}

async function formatOpenFile(): Promise<void> {
  if (openPath === null) {
    return;
  }
  const answer = await act('Format', openPath);
  if (answer) {
    if (answer.edits.length === 0) {
      say(`${openPath} is already formatted.`);
    } else {
      applyEdits(answer.edits);
      say(`Formatted ${openPath}.`);
    }
  }
}

// ---- views and downloads -------------------------------------------------------------------------------------

async function showReport(): Promise<void> {
  const answer = await act('Report', 'Micro-credential plan');
  if (answer) {
    const frame = $('report-frame') as HTMLIFrameElement;
    frame.srcdoc = answer.html;
    show('report');
  }
}

async function showCoverage(): Promise<void> {
  const answer = await act('Coverage');
  if (!answer) {
    return;
  }
  const rows: Array<Record<string, any>> = answer.table.coverage;
  const holder = $('coverage-table');
  if (rows.length === 0) {
    holder.replaceChildren(Object.assign(document.createElement('p'), { textContent: answer.text.trim() }));
  } else {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = 'Essential skills of each occupation that a credential or pathway covers';
    const head = table.createTHead().insertRow();
    for (const title of ['Declaration', 'Prepares for', 'Essential covered', 'Missing']) {
      head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: title }));
    }
    const body = table.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      tr.className = row.below ? 'below' : '';
      tr.insertCell().textContent = `${row.kind} ${row.name ?? row.id}`;
      tr.insertCell().textContent = row.occupationName ?? row.occupation;
      tr.insertCell().textContent = `${row.covered} of ${row.essential} (${row.percent}%)${row.below ? `, below ${row.threshold}%` : ''}`;
      tr.insertCell().textContent = row.missing.map((m: { name: string }) => m.name).join(', ');
    }
    holder.replaceChildren(table);
  }
  show('coverage');
}

function show(id: string): void {
  const region = $(id);
  region.hidden = false;
  region.querySelector('h2')?.focus();
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function share(): Promise<void> {
  flush();
  const fragment = await shareFragment(workspace.all);
  const link = location.href.split('#')[0] + fragment;
  history.replaceState(null, '', fragment);
  const field = $('share-link') as HTMLInputElement;
  field.value = link;
  $('share').hidden = false;
  field.select();
  try {
    await navigator.clipboard.writeText(link);
    say(`The share link (${link.length} characters) is copied: whoever opens it gets these files, nothing is uploaded.`);
  } catch {
    say('The share link is in the Share link box: copy it from there. Nothing is uploaded.');
  }
}

// ---- opening, storage, templates -----------------------------------------------------------------------------

async function openChosen(input: HTMLInputElement, folder: boolean): Promise<void> {
  const chosen = [...(input.files ?? [])].map((file) => {
    const relative = file.webkitRelativePath || file.name;
    return { path: folder ? relative.slice(relative.indexOf('/') + 1) : relative, file };
  });
  input.value = '';
  const { files, refused, skipped } = await readChosen(chosen);
  const notes = [...refused];
  if (skipped > 0) {
    notes.push(`${skipped} other file${skipped === 1 ? ' was' : 's were'} left out (only .mcred, .editorconfig, .globalconfig and .mcredignore are kept)`);
  }
  if (folder) {
    if (files.length === 0) {
      notes.unshift('That folder has no plan or configuration files: the workspace is unchanged');
    } else {
      await replaceWorkspace(files);
      notes.unshift(`Opened ${files.length} file${files.length === 1 ? '' : 's'}`);
    }
  } else if (files.length > 0) {
    await addFiles(files);
    notes.unshift(`Added ${files.length} file${files.length === 1 ? '' : 's'}`);
  }
  say(notes.join('. ') + '.');
}

// ---- a local folder edited in place -------------------------------------------------------------------------

let local: LocalFolder | null = null;
const unsaved = new Set<string>();
let localTimer: number | undefined;

/** Marks files changed; with a folder open in place, they are written to it shortly after. */
function touched(...paths: string[]): void {
  if (!local) {
    return;
  }
  paths.forEach((p) => unsaved.add(p));
  clearTimeout(localTimer);
  localTimer = window.setTimeout(() => void saveLocal(), 300);
}

async function saveLocal(): Promise<void> {
  const folder = local;
  if (!folder) {
    return;
  }
  for (const path of [...unsaved]) {
    unsaved.delete(path);
    try {
      const text = workspace.text(path);
      if (text === undefined) {
        await folder.remove(path);
      } else {
        await folder.write(path, text);
      }
    } catch (error) {
      say(`Could not save ${path} to ${folder.name} (${(error as Error).message}); the change is kept here and in the browser.`);
    }
  }
  document.body.dataset.savedLocally = String(Date.now());
}

async function editFolderInPlace(): Promise<void> {
  let folder: LocalFolder | null;
  try {
    folder = await LocalFolder.pick();
  } catch (error) {
    say(`The browser would not open that folder for editing (${(error as Error).message}).`);
    return;
  }
  if (!folder) {
    return;
  }
  const { files, refused } = await readChosen(await folder.files());
  if (await replaceWorkspace(files)) {
    local = folder;
    say([`Editing the folder ${folder.name} in place: every change is saved to its files.`, ...refused].join(' '));
  }
}

let saveTimer: number | undefined;
let storageFailed = false;

function persist(): void {
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(async () => {
    try {
      await storage.save({ files: workspace.all, open: openPath });
      storageFailed = false;
      document.body.dataset.saved = String(Date.now());
    } catch (error) {
      if (!storageFailed) {
        say(`This browser would not keep the workspace (${(error as Error).message || 'storage refused'}). It stays open in this tab: use Download workspace to keep it.`);
      }
      storageFailed = true;
    }
  }, 250);
}

async function loadTemplates(): Promise<Array<{ name: string; title: string; files: PlanFile[] }>> {
  const answer = await ask('Templates');
  const templates = answer.templates ?? [];
  const select = $('templates') as HTMLSelectElement;
  select.replaceChildren(...templates.map((t: { name: string; title: string }) => new Option(t.title, t.name)));
  return templates;
}

async function start(): Promise<void> {
  await serviceWorkerReady();
  const templates = await loadTemplates();
  $('use-template').addEventListener('click', async () => {
    const chosen = templates.find((t) => t.name === ($('templates') as HTMLSelectElement).value);
    if (chosen && (workspace.paths.length === 0 || confirm(`Replace the workspace with “${chosen.title}”? Download the workspace first to keep it.`))) {
      await replaceWorkspace(chosen.files);
      say(`Opened ${chosen.title}.`);
    }
  });

  if (isShareFragment(location.hash)) {
    try {
      if (await replaceWorkspace(await readShareFragment(location.hash))) {
        say(`Opened the ${workspace.paths.length} shared file${workspace.paths.length === 1 ? '' : 's'}.`);
        return;
      }
    } catch (error) {
      say((error as Error).message);
    }
  }
  try {
    const saved = await storage.load();
    if (saved && saved.files.length > 0 && (await replaceWorkspace(saved.files, saved.open))) {
      return;
    }
  } catch (error) {
    say(`This browser would not give back the saved workspace (${(error as Error).message}); starting from the starter plan.`);
  }
  await replaceWorkspace(templates[0]?.files ?? []);
}

/** Offline once loaded: the service worker must see the worker's downloads, so it controls the page first. */
async function serviceWorkerReady(): Promise<void> {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') {
    return;
  }
  try {
    await navigator.serviceWorker.register('sw.js');
    if (!navigator.serviceWorker.controller) {
      await Promise.race([
        new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })),
        new Promise((resolve) => setTimeout(resolve, 4000)),
      ]);
    }
  } catch {
    // No offline copy (a private window, say): the page works online all the same.
  }
}

function chosenToday(): string {
  const asked = new URLSearchParams(location.search).get('today');
  const now = new Date();
  const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (asked === null) {
    return local;
  }
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asked) && new Date(asked + 'T00:00:00Z').toISOString().slice(0, 10) === asked;
  if (!valid) {
    queueMicrotask(() => say(`?today=${asked} is not a date as YYYY-MM-DD: checking as of today, ${local}.`));
    return local;
  }
  return asked;
}

// ---- wiring --------------------------------------------------------------------------------------------------

function button(text: string, onClick: () => unknown): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', () => void onClick());
  return element;
}

function say(message: string): void {
  $('message').textContent = message;
}

function on(id: string, action: () => unknown): void {
  $(id).addEventListener('click', () => void action());
}

on('new-file', newFile);
on('open-files', () => $('open-files-input').click());
on('open-folder', () => $('open-folder-input').click());
$('open-files-input').addEventListener('change', (e) => void openChosen(e.target as HTMLInputElement, false));
$('open-folder-input').addEventListener('change', (e) => void openChosen(e.target as HTMLInputElement, true));
on('download-workspace', async () => {
  const answer = await act('DownloadWorkspace');
  if (answer) {
    download('mcred-workspace.zip', fromBase64(answer.zip), 'application/zip');
  }
});
on('format', formatOpenFile);
on('edit-folder', editFolderInPlace);
$('edit-folder').hidden = !canEditInPlace();
on('share-button', share);
on('report-button', showReport);
on('coverage-button', showCoverage);
on('export-ob3', async () => {
  const answer = await act('ExportOpenBadges', ($('base-url') as HTMLInputElement).value.trim());
  if (answer) {
    download('open-badges.zip', fromBase64(answer.zip), 'application/zip');
    say('Exported the Open Badges 3.0 achievements and issuer profiles (open-badges.zip).');
  }
});
on('export-ctdl', async () => {
  const answer = await act('ExportCtdl', false);
  if (answer) {
    download('plan.ctdl.json', answer.json, 'application/ld+json');
    say('Exported the plan as CTDL (plan.ctdl.json).');
  }
});
on('download-findings', async () => {
  flush();
  try {
    download('findings.json', await checker.text('Findings'), 'application/json');
  } catch (error) {
    say((error as Error).message);
  }
});
for (const close of document.querySelectorAll<HTMLButtonElement>('[data-close]')) {
  close.addEventListener('click', () => {
    $(close.dataset.close!).hidden = true;
  });
}

// A test and a curious user can see what a crashed checker does to the page (nothing is lost).
Object.assign(window, { mcred: { crashChecker: () => checker.crash() } });

void start();
