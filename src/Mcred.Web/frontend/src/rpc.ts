// The page's side of the worker: calls answered as parsed JSON, in the order they were made. If the worker dies
// (a crash, out of memory), every pending call fails with one message and the next call starts a new worker, which
// is first handed the date and the whole workspace again (setup), so no edit is lost.

export type Answer = Record<string, any> & { error?: string };

interface Pending {
  raw?: boolean;
  resolve: (value: any) => void;
  reject: (reason: Error) => void;
}

export class Checker {
  private worker: Worker | null = null;
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(
    private readonly onCrash: (message: string) => void,
    private readonly setup: () => Array<[string, unknown[]]>,
  ) {}

  call(method: string, ...args: unknown[]): Promise<Answer> {
    const worker = this.ensure();
    const id = this.next++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    });
  }

  /** The call's JSON text as the worker wrote it (a download must be byte for byte what the CLI writes). */
  text(method: string, ...args: unknown[]): Promise<string> {
    const worker = this.ensure();
    const id = this.next++;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { raw: true, resolve, reject });
      worker.postMessage({ id, method, args });
    });
  }

  /** Stops the worker as a crash would: what a crash does to the page can be seen and tested. */
  crash(): void {
    this.fail?.('stopped on purpose');
  }

  private fail: ((reason: string) => void) | null = null;

  private ensure(): Worker {
    if (this.worker) {
      return this.worker;
    }
    const worker = new Worker(new URL('./worker.js', document.baseURI), { type: 'module' });
    worker.onmessage = (event: MessageEvent) => {
      const { id, result, error } = event.data as { id: number; result?: string; error?: string };
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (!waiting) {
        return;
      }
      if (error !== undefined) {
        waiting.reject(new Error(error));
      } else {
        waiting.resolve(waiting.raw ? result ?? '' : JSON.parse(result ?? '{}'));
      }
    };
    const fail = (reason: string) => {
      if (this.worker !== worker) {
        return;
      }
      this.worker = null;
      worker.terminate();
      const message = `The checker stopped (${reason}). Your files are kept; it starts again with your next change.`;
      for (const waiting of this.pending.values()) {
        waiting.reject(new Error(message));
      }
      this.pending.clear();
      this.onCrash(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'an error in the worker');
    };
    worker.onmessageerror = () => fail('a message it could not read');
    this.worker = worker;
    this.fail = fail;
    for (const [method, args] of this.setup()) {
      this.pending.set(this.next, { resolve: () => {}, reject: () => {} });
      worker.postMessage({ id: this.next++, method, args });
    }
    return worker;
  }
}
