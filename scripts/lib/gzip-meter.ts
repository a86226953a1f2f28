import * as z from "zod/mini";
import { tsWorker, workerExit } from "@/scripts/lib/ts-worker";

/** To the worker: bodies to gzip, or null when there are no more. From it: their total gzip size. */
export const gzipBatchSchema = z.nullable(z.array(z.string()));
const sizeSchema = z.int().check(z.nonnegative());

// Bodies go in batches (a message per file cost more than its gzip) and at most IN_FLIGHT batches
// wait for the worker, which bounds the bodies held when it falls behind.
const BATCH = 256;
const IN_FLIGHT = 8;

export type GzipMeter = { add(body: string): Promise<void>; total(): Promise<number> };

/**
 * Sums the gzip size (level 9, each body on its own, as a static host serves them) of every body
 * added, in a worker thread: gzipping ~250,000 files at 1,000 issues was ~15 % of the build's CPU
 * time, and zlib's async gzip costs the main thread 3× gzipSync (measured), so it is no way out.
 */
export function gzipMeter(): GzipMeter {
  const worker = tsWorker(new URL("./gzip-size-worker.ts", import.meta.url), null);
  const acks: Array<(size: number) => void> = [];
  worker.on("message", (m: unknown) => acks.shift()?.(sizeSchema.parse(m)));
  let closing = false;
  const exited = workerExit(worker, "gzip size").then(() => {
    if (!closing) throw new Error("gzip size worker exited before it was told to");
  });
  const sent: Array<Promise<number>> = [];
  let batch: string[] = [];
  const flush = () => {
    const bodies = batch;
    batch = [];
    sent.push(new Promise((resolve) => acks.push(resolve)));
    worker.postMessage(bodies);
  };
  return {
    async add(body) {
      batch.push(body);
      if (batch.length < BATCH) return;
      flush();
      const back = sent[sent.length - IN_FLIGHT];
      if (back) await Promise.race([back, exited]);
    },
    async total() {
      if (batch.length > 0) flush();
      const sizes = await Promise.race([Promise.all(sent), exited.then(() => [])]);
      closing = true;
      worker.postMessage(null);
      await exited;
      return sizes.reduce((sum, n) => sum + n, 0);
    },
  };
}
