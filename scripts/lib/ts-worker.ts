import { Worker } from "node:worker_threads";

/**
 * A worker thread running a TypeScript entry. A worker does not inherit the tsx loader of
 * `node --import tsx`, so it starts as plain JS and loads the entry through tsx's API.
 */
export function tsWorker(entry: URL, workerData: unknown): Worker {
  const boot = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(boot, { eval: true, workerData });
}

/** Resolves when the worker exits cleanly, rejects on an error or a non-zero exit code. */
export function workerExit(worker: Worker, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} worker exited with ${code}`))));
  });
}
