// Worker thread of fileWriter (file-writer.ts): writes each batch of files, answers with their
// total gzip size, and exits when sent null.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { fileBatchSchema } from "@/scripts/lib/file-writer";

const made = new Set<string>();
parentPort?.on("message", (m: unknown) => {
  const files = fileBatchSchema.parse(m);
  if (files === null) return parentPort?.close();
  let size = 0;
  for (const f of files) {
    const dir = path.dirname(f.path);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(f.path, f.body);
    size += gzipSync(f.body, { level: 9 }).length;
  }
  parentPort?.postMessage(size);
});
