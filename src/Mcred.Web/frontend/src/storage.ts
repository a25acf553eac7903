// The workspace survives a reload: it is kept in IndexedDB after every change. Storage that is disabled or full is
// reported once; the page goes on working, and "Download workspace" keeps the files.

import type { PlanFile } from './workspace';

export interface Saved {
  files: PlanFile[];
  open: string | null;
}

const Database = 'mcred';
const Store = 'workspace';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(Database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(Store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('storage is not available'));
    request.onblocked = () => reject(new Error('storage is held by another tab'));
  });
}

export async function load(): Promise<Saved | null> {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(Store, 'readonly').objectStore(Store).get('current');
      request.onsuccess = () => resolve((request.result as Saved | undefined) ?? null);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function save(saved: Saved): Promise<void> {
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(Store, 'readwrite');
      transaction.objectStore(Store).put(saved, 'current');
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser refused to store it'));
    });
  } finally {
    db.close();
  }
}
