import path from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "../..");
const OUT = path.join(ROOT, "bench", "out", "search");
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Our client code as a browser would load it: esbuild, minified, split at the dynamic imports. */
export async function clientJsBytes(): Promise<{ base: number; traditional: number }> {
  const result = await esbuild({
    entryPoints: [path.join(ROOT, "lib/search/client.ts")],
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    write: false,
    outdir: path.join(OUT, "js"),
    platform: "browser",
    alias: { "@": ROOT },
    logLevel: "silent",
  });
  let base = 0;
  let traditional = 0;
  for (const f of result.outputFiles) {
    // The opencc-js chunk loads only for a traditional-character query that found nothing as typed.
    if (path.basename(f.path).startsWith("traditional-")) traditional += gz(Buffer.from(f.contents));
    else base += gz(Buffer.from(f.contents));
  }
  return { base, traditional };
}

