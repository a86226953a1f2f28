/**
 * HTML size of the browsing pages that grow with the archive (issue 11: home, year, issuer ≤ 30 kB
 * gzip at 1,000 issues), fetched from a running production server, for bench/build.bench.ts
 * --latency. gzip level 9 as in every other size figure of the bench.
 */
import { gzipSync } from "node:zlib";
import { record } from "@/bench/report";

const BUDGET_KB = 30;

/** The year and issuer pages measured: the newest year, and the issuer with the most notices (page 1). */
export async function browseSizes(base: string, issues: number, year: string, issuer: string): Promise<void> {
  const pages = ["/zh", "/en", `/zh/years/${year}`, `/en/years/${year}`, `/zh/issuers/${issuer}`, `/en/issuers/${issuer}`];
  for (const page of pages) {
    const response = await fetch(`${base}${page}`);
    if (response.status !== 200) throw new Error(`${page}: ${response.status}`);
    const html = Buffer.from(await response.arrayBuffer());
    const kb = gzipSync(html, { level: 9 }).length / 1024;
    record({ name: `build/${issues}/HTML of ${page.replace(/\/(years|issuers)\/.+$/, "/$1/…")}`, value: kb, unit: "kB gzip", target: { max: BUDGET_KB }, note: `${page}, production build; ${(html.length / 1024).toFixed(0)} kB raw` });
  }
}
