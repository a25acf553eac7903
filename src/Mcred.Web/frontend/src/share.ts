// "Share": the whole workspace, deflated and base64url-encoded, in the URL's fragment (#w=...). The fragment never
// leaves the browser, so sharing sends nothing anywhere. A damaged link is refused with a message, never half-read.

import type { PlanFile } from './workspace';

const Prefix = '#w=';

export async function shareFragment(files: PlanFile[]): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, files }));
  const packed = await pipe(json, new CompressionStream('deflate-raw'));
  let binary = '';
  for (let i = 0; i < packed.length; i += 0x8000) {
    binary += String.fromCharCode(...packed.subarray(i, i + 0x8000));
  }
  return Prefix + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function isShareFragment(hash: string): boolean {
  return hash.startsWith(Prefix);
}

/** The files in a share fragment; throws an Error saying the link is damaged when it cannot be read whole. */
export async function readShareFragment(hash: string): Promise<PlanFile[]> {
  const damaged = new Error('This share link is damaged (cut short or changed), so nothing was taken from it. Ask for the link again.');
  let bytes: Uint8Array;
  try {
    const text = atob(hash.slice(Prefix.length).replace(/-/g, '+').replace(/_/g, '/'));
    bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  } catch {
    throw damaged;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'))));
  } catch {
    throw damaged;
  }
  const files = (parsed as { files?: unknown }).files;
  if (!Array.isArray(files) || !files.every((f) => typeof f?.path === 'string' && typeof f?.text === 'string')) {
    throw damaged;
  }
  return files as PlanFile[];
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
