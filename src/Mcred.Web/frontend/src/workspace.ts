// The workspace as the page holds it: file paths (relative, '/'-separated) and their texts.

export interface PlanFile {
  path: string;
  text: string;
}

/** The files a workspace keeps; everything else in an opened folder is left out (§13). */
export function isWorkspaceFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.mcred') || name === '.editorconfig' || name === '.globalconfig' || name === '.mcredignore';
}

/** The largest file the page reads: far more than any plan, small enough that the page stays responsive. */
export const MaxFileBytes = 8 * 1024 * 1024;

export class Workspace {
  private files = new Map<string, string>();

  get paths(): string[] {
    return [...this.files.keys()].sort();
  }

  get all(): PlanFile[] {
    return this.paths.map((path) => ({ path, text: this.files.get(path)! }));
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  text(path: string): string | undefined {
    return this.files.get(path);
  }

  put(path: string, text: string): void {
    this.files.set(path, text);
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  replace(files: PlanFile[]): void {
    this.files = new Map(files.map((f) => [f.path, f.text]));
  }
}

/**
 * Reads chosen files as the CLI reads plans: strict UTF-8 (a byte-order mark allowed), no NUL bytes (a binary file),
 * at most MaxFileBytes. What cannot be read is named in `refused` with the reason; the rest is kept.
 */
export async function readChosen(chosen: Array<{ path: string; file: File }>): Promise<{ files: PlanFile[]; refused: string[]; skipped: number }> {
  const files: PlanFile[] = [];
  const refused: string[] = [];
  let skipped = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const { path, file } of chosen) {
    if (!isWorkspaceFile(path)) {
      skipped++;
      continue;
    }
    if (file.size > MaxFileBytes) {
      refused.push(`${path} is ${(file.size / 1048576).toFixed(1)} MB, more than the ${MaxFileBytes / 1048576} MB a plan file may be`);
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.includes(0)) {
      refused.push(`${path} is not text (it holds NUL bytes)`);
      continue;
    }
    try {
      files.push({ path, text: decoder.decode(bytes) });
    } catch {
      refused.push(`${path} is not UTF-8 text: save it as UTF-8 and open it again`);
    }
  }
  return { files, refused, skipped };
}
