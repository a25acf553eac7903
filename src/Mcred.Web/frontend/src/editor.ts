// The plan editor: CodeMirror 6 with mcred's own features from the worker (the language server's services), so the
// page and every editor show the same diagnostics, completions, hovers and highlighting.

import { autocompletion, completionKeymap, snippetCompletion, type Completion, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintGutter, lintKeymap, setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, drawSelection, highlightActiveLine, hoverTooltip, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';

export interface Edit {
  path: string;
  from: number;
  to: number;
  text: string;
}

export interface FileDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning' | 'suggestion';
  id: string;
  message: string;
  unnecessary: boolean;
  fixes: Array<{ title: string; preferred: boolean; edits: Edit[] }>;
}

export interface EditorHost {
  changed(text: string): void;
  complete(offset: number): Promise<Array<{ label: string; kind: string; detail: string | null; insert: string; snippet: boolean; sort: string }>>;
  hover(offset: number): Promise<{ markdown: string; from: number; to: number } | null>;
  definition(offset: number): void;
  references(offset: number): void;
  rename(offset: number): void;
  format(): void;
  quickFix(offset: number): void;
  apply(edits: Edit[]): void;
}

const setTokens = StateEffect.define<DecorationSet>();

const tokens = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    value = value.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setTokens)) {
        value = effect.value;
      }
    }
    return value;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const marks = new Map<string, Decoration>();
function mark(kind: string): Decoration {
  let found = marks.get(kind);
  if (!found) {
    found = Decoration.mark({ class: 'tok-' + kind });
    marks.set(kind, found);
  }
  return found;
}

export class PlanEditor {
  readonly view: EditorView;
  private quiet = false;

  constructor(parent: HTMLElement, private readonly host: EditorHost) {
    this.view = new EditorView({ parent, state: this.state('') });
  }

  private state(text: string): EditorState {
    const host = this.host;
    const at = (view: EditorView) => view.state.selection.main.head;
    const run = (action: (offset: number) => void) => (view: EditorView) => {
      action(at(view));
      return true;
    };
    const extensions: Extension[] = [
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      lintGutter(),
      tokens,
      EditorView.lineWrapping,
      // The page's contract (§13): assistive technology and tests find the editor by role and name.
      EditorView.contentAttributes.of({ 'aria-label': 'Plan editor', tabindex: '0' }),
      autocompletion({ override: [(context) => this.completions(context)], activateOnTyping: true }),
      hoverTooltip(async (_view, offset) => {
        const hover = await host.hover(offset);
        if (!hover) {
          return null;
        }
        return { pos: hover.from, end: hover.to, create: () => ({ dom: renderMarkdown(hover.markdown) }) };
      }),
      keymap.of([
        { key: 'F12', run: run((o) => host.definition(o)) },
        { key: 'Shift-F12', run: run((o) => host.references(o)) },
        { key: 'F2', run: run((o) => host.rename(o)) },
        { key: 'Shift-Alt-f', run: () => (host.format(), true) },
        { key: 'Mod-.', run: run((o) => host.quickFix(o)) },
        ...completionKeymap,
        ...lintKeymap,
        ...searchKeymap,
        ...historyKeymap,
        ...defaultKeymap,
      ]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !this.quiet) {
          host.changed(update.state.doc.toString());
        }
      }),
    ];
    return EditorState.create({ doc: text, extensions });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Shows another file (its own undo history), without reporting it as an edit. */
  show(text: string): void {
    this.view.setState(this.state(text));
  }

  /** Applies edits to the shown file as one undoable change; they are reported as an edit. */
  edit(edits: Array<{ from: number; to: number; text: string }>): void {
    const length = this.view.state.doc.length;
    const changes = edits.filter((e) => e.from <= length && e.to <= length).map((e) => ({ from: e.from, to: e.to, insert: e.text }));
    this.view.dispatch({ changes });
  }

  select(from: number, to: number): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, scrollIntoView: true });
    this.view.focus();
  }

  diagnostics(list: FileDiagnostic[]): void {
    const length = this.view.state.doc.length;
    const shown: Diagnostic[] = list
      .filter((d) => d.from <= length)
      .map((d) => ({
        from: d.from,
        to: Math.min(Math.max(d.to, d.from), length),
        severity: d.severity === 'suggestion' ? 'info' : d.severity,
        source: d.id,
        message: d.message,
        markClass: d.unnecessary ? 'cm-unnecessary' : undefined,
        actions: d.fixes.map((fix): Action => ({ name: fix.title, apply: () => this.host.apply(fix.edits) })),
      }));
    this.view.dispatch(setDiagnostics(this.view.state, shown));
  }

  /** Highlighting from the core's lexer: [line, character, length, kind] per token (zero-based lines). */
  highlight(kinds: string[], flat: number[]): void {
    const doc = this.view.state.doc;
    const ranges = [];
    for (let i = 0; i + 3 < flat.length; i += 4) {
      const line = flat[i] + 1;
      if (line > doc.lines) {
        break;
      }
      const from = doc.line(line).from + flat[i + 1];
      const to = Math.min(from + flat[i + 2], doc.length);
      if (to > from) {
        ranges.push(mark(kinds[flat[i + 3]] ?? 'text').range(from, to));
      }
    }
    this.view.dispatch({ effects: setTokens.of(Decoration.set(ranges, true)) });
  }

  private async completions(context: CompletionContext) {
    const word = context.matchBefore(/[A-Za-z0-9_-]*/);
    if (!context.explicit && (!word || word.from === word.to)) {
      return null;
    }
    const items = await this.host.complete(context.pos);
    const options: Completion[] = items.map((item) => {
      const base = { label: item.label, detail: item.detail ?? undefined, type: completionType(item.kind), boost: 0 };
      return item.snippet ? snippetCompletion(item.insert, base) : { ...base, apply: item.insert };
    });
    return { from: word ? word.from : context.pos, options, validFor: /^[A-Za-z0-9_-]*$/ };
  }
}

function completionType(kind: string): string {
  switch (kind) {
    case 'property': return 'property';
    case 'reference': return 'variable';
    case 'enummember': return 'enum';
    default: return 'keyword';
  }
}

/** Hover Markdown as plain DOM (paragraphs, bold, code): no HTML from a plan ever reaches the page as markup. */
export function renderMarkdown(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'hover';
  for (const block of markdown.split(/\n{2,}/)) {
    const p = document.createElement('p');
    const parts = block.split(/(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`|\[[^\]]+\]\([^)]+\))/);
    for (const part of parts) {
      if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
        p.append(Object.assign(document.createElement('strong'), { textContent: part.slice(2, -2) }));
      } else if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
        p.append(Object.assign(document.createElement('code'), { textContent: part.slice(1, -1) }));
      } else if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
        p.append(Object.assign(document.createElement('em'), { textContent: part.slice(1, -1) }));
      } else if (/^\[[^\]]+\]\([^)]+\)$/.test(part)) {
        const [, label, url] = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part)!;
        p.append(/^https?:\/\//.test(url) ? Object.assign(document.createElement('a'), { textContent: label, href: url, rel: 'noopener noreferrer', target: '_blank' }) : label);
      } else {
        p.append(part);
      }
    }
    root.append(p);
  }
  return root;
}
