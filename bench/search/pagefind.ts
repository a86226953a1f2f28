import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import type { SearchDoc } from "@/lib/search/format";

/**
 * Pagefind 1.6 on the same docs: one custom record per doc (zh-cn), built with its Node API (which
 * drives the native pagefind_extended service), searched in Node with the generated pagefind.js and
 * a fetch shim that reads the bundle and counts bytes (pf_* files and the wasm are already gzipped).
 */

type PagefindModule = {
  options(o: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ id: string; data(): Promise<{ url: string }> }> } | null>;
};

export async function buildPagefind(docs: SearchDoc[], outDir: string) {
  let peakRss = 0;
  const poll = setInterval(() => {
    // The native indexer is a child process; its RSS is what matters (REPORT: 2.2–2.4 GB at 10k).
    try {
      const out = execFileSync("ps", ["-C", "pagefind_extended", "-o", "rss="], { encoding: "utf8" });
      for (const line of out.split("\n")) peakRss = Math.max(peakRss, Number(line.trim() || 0) * 1024);
    } catch {
      /* not running yet */
    }
  }, 250);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  for (let n = 0; n < docs.length; n++) {
    const d = docs[n];
    if (!d) continue;
    await index.addCustomRecord({ url: `/d/${n}/`, content: d.text, language: "zh-cn", meta: { title: d.label ?? d.noticeTitle } });
  }
  await index.writeFiles({ outputPath: outDir });
  await pagefind.close();
  const buildMs = performance.now() - started;
  clearInterval(poll);
  return { buildMs, peakRss };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    // No spread: a 1,000-issue bundle has more files than a call's argument limit.
    if (e.isDirectory()) for (const f of await walk(p)) out.push(f);
    else out.push(p);
  }
  return out;
}

/** Bytes a browser would transfer for the search bundle (UI files excluded): js gzipped, the rest as stored. */
export async function pagefindBundleBytes(outDir: string): Promise<{ total: number; files: number; jsGzip: number }> {
  let total = 0;
  let files = 0;
  for (const f of await walk(outDir)) {
    const base = path.basename(f);
    if (/ui|highlight|worker|\.css$/.test(base) && !base.startsWith("pagefind.js")) continue;
    files++;
    total += base.endsWith(".js") || base.endsWith(".json") ? gzipSync(await readFile(f), { level: 9 }).length : (await stat(f)).size;
  }
  const jsGzip = gzipSync(await readFile(path.join(outDir, "pagefind.js")), { level: 9 }).length;
  return { total, files, jsGzip };
}

/** A fresh pagefind.js instance whose fetches read outDir and add to `counter.bytes`. */
export async function pagefindClient(outDir: string, counter: { bytes: number }, fresh: string): Promise<PagefindModule> {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const rel = url.replace(/^https?:\/\/[^/]+/, "").replace(/^\/+/, "").replace(/\?.*$/, "");
    const body = await readFile(path.join(outDir, rel));
    counter.bytes += body.length;
    return new Response(body);
  }) as typeof fetch;
  const mod: unknown = await import(`${path.join(outDir, "pagefind.js")}?fresh=${fresh}`);
  if (!isPagefind(mod)) throw new Error("pagefind.js did not export search()");
  await mod.options({ basePath: "/" });
  await mod.init();
  return mod;
}

function isPagefind(m: unknown): m is PagefindModule {
  return typeof m === "object" && m !== null && "search" in m && "init" in m && "options" in m;
}

/** search() + data() of the top 10 → doc numbers. */
export async function pagefindTop10(pf: PagefindModule, q: string): Promise<number[]> {
  const res = await pf.search(q);
  const data = await Promise.all((res?.results ?? []).slice(0, 10).map((r) => r.data()));
  return data.map((d) => Number(/\/d\/(\d+)\//.exec(d.url)?.[1] ?? -1));
}
