import * as z from "zod/mini";
import { tsWorker, workerExit } from "@/scripts/lib/ts-worker";

/** To the worker: files to write (absolute paths), or null when there are no more. From it: their total gzip size. */
export const fileBatchSchema = z.nullable(z.array(z.object({ path: z.string(), body: z.string() })));
const sizeSchema = z.int().check(z.nonnegative());

// Files go in batches (a message per file cost more than its gzip) and at most IN_FLIGHT batches
// wait for the worker, which bounds the bodies held when it falls behind.
const BATCH = 256;
const IN_FLIGHT = 8;

export type FileWriter = {
  write(path: string, body: string): Promise<void>;
  /** Waits until every file so far is written; their gzip size since the previous drain. */
  drain(): Promise<number>;
  close(): Promise<void>;
};

/**
 * Writes files in a worker thread and sums their gzip size (level 9, each file on its own, as a
 * static host serves them). At 1,000 issues writing and gzipping ~250,000 files was a quarter of
 * the build's CPU time on the main thread. Measured ways out that were worse: zlib's async gzip
 * (3× the CPU of gzipSync) and libuv-pool writes (a thread handoff per open, write and close:
 * 250k futex calls and twice the system time at 100 issues).
 */
export function fileWriter(): FileWriter {
  const worker = tsWorker(new URL("./file-writer-worker.ts", import.meta.url), null);
  const acks: Array<(size: number) => void> = [];
  worker.on("message", (m: unknown) => acks.shift()?.(sizeSchema.parse(m)));
  let closing = false;
  const exited = workerExit(worker, "file writer").then(() => {
    if (!closing) throw new Error("file writer worker exited before it was told to");
  });
  const sent: Array<Promise<number>> = [];
  let batch: Array<{ path: string; body: string }> = [];
  const flush = () => {
    const files = batch;
    batch = [];
    sent.push(new Promise((resolve) => acks.push(resolve)));
    worker.postMessage(files);
  };
  return {
    async write(path, body) {
      batch.push({ path, body });
      if (batch.length < BATCH) return;
      flush();
      const back = sent[sent.length - IN_FLIGHT];
      if (back) await Promise.race([back, exited]);
    },
    async drain() {
      if (batch.length > 0) flush();
      const sizes = await Promise.race([Promise.all(sent.splice(0)), exited.then(() => [])]);
      return sizes.reduce((sum, n) => sum + n, 0);
    },
    async close() {
      closing = true;
      worker.postMessage(null);
      await exited;
    },
  };
}
