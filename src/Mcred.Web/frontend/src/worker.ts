/// <reference lib="webworker" />
// The checker: the .NET runtime with Mcred.Web's [JSExport] calls, off the page's thread so typing never waits for it.
// A message is {id, method, args}; the answer {id, result} carries the JSON text the call returned.

type Interop = Record<string, (...args: unknown[]) => string>;

const ready: Promise<Interop> = (async () => {
  const url = new URL('./_framework/dotnet.js', self.location.href).href;
  const { dotnet } = await import(url);
  const runtime = await dotnet.create();
  const exports = await runtime.getAssemblyExports('Mcred.Web.dll');
  return exports.Mcred.Web.Interop as Interop;
})();

// A listener, not onmessage: the .NET runtime sets its own handler in a worker.
self.addEventListener('message', async (event: MessageEvent) => {
  const { id, method, args } = event.data as { id: number; method: string; args: unknown[] };
  try {
    const interop = await ready;
    const call = interop[method];
    if (typeof call !== 'function') {
      throw new Error(`the checker has no call named ${method}`);
    }
    self.postMessage({ id, result: call(...args) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
