// Worker thread of gzipMeter (gzip-meter.ts): answers each batch of bodies with their total gzip
// size, and exits when sent null.
import { parentPort } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { gzipBatchSchema } from "@/scripts/lib/gzip-meter";

parentPort?.on("message", (m: unknown) => {
  const bodies = gzipBatchSchema.parse(m);
  if (bodies === null) parentPort?.close();
  else parentPort?.postMessage(bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0));
});
