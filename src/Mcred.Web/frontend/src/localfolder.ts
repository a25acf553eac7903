// Editing a local folder in place, where the browser has the File System Access API: the chosen folder's files are
// opened, and every change is written back to its file. A write goes through the browser's swap file and lands
// whole on close, so a plan on disk is never half-written.

import { isWorkspaceFile } from './workspace';

type DirectoryPicker = (options: { mode: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

export function canEditInPlace(): boolean {
  return typeof (window as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker === 'function';
}

export class LocalFolder {
  private constructor(readonly root: FileSystemDirectoryHandle) {}

  get name(): string {
    return this.root.name;
  }

  /** The folder the user picks, or null when they cancel. */
  static async pick(): Promise<LocalFolder | null> {
    try {
      const picker = (window as unknown as { showDirectoryPicker: DirectoryPicker }).showDirectoryPicker;
      return new LocalFolder(await picker({ mode: 'readwrite' }));
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') {
        return null;
      }
      throw error;
    }
  }

  /** The workspace's kinds of file under the folder, skipping dot-folders and build output as the CLI's walk does. */
  async files(): Promise<Array<{ path: string; file: File }>> {
    const found: Array<{ path: string; file: File }> = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') {
          if (!name.startsWith('.') && name !== 'bin' && name !== 'obj' && name !== 'node_modules') {
            await walk(handle as FileSystemDirectoryHandle, prefix + name + '/');
          }
        } else if (isWorkspaceFile(name)) {
          found.push({ path: prefix + name, file: await (handle as FileSystemFileHandle).getFile() });
        }
      }
    };
    await walk(this.root, '');
    return found;
  }

  async write(path: string, text: string): Promise<void> {
    const { folder, name } = await this.parent(path, true);
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }

  async remove(path: string): Promise<void> {
    const { folder, name } = await this.parent(path, false);
    await folder.removeEntry(name);
  }

  private async parent(path: string, create: boolean): Promise<{ folder: FileSystemDirectoryHandle; name: string }> {
    const parts = path.split('/');
    let folder = this.root;
    for (const part of parts.slice(0, -1)) {
      folder = await folder.getDirectoryHandle(part, { create });
    }
    return { folder, name: parts[parts.length - 1] };
  }
}
