import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/** Total bytes of the files under a directory (the build's .next, for the disk-growth check). */
export function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

export type Answer = { url: string; status: number; body: string; headers: Record<string, string> };

/**
 * GETs each URL (already encoded, sent byte for byte), `width` at a time, without following
 * redirects. Playwright's request API is enough here: the checks are on status, headers and body.
 */
export async function getAll(request: APIRequestContext, urls: string[], width = 12): Promise<Answer[]> {
  const out: Answer[] = [];
  for (let i = 0; i < urls.length; i += width) {
    const batch = urls.slice(i, i + width);
    const answers = await Promise.all(batch.map((url) => request.get(url, { maxRedirects: 0 }).then((r) => read(url, r))));
    out.push(...answers);
  }
  return out;
}

async function read(url: string, response: APIResponse): Promise<Answer> {
  return { url, status: response.status(), body: await response.text(), headers: response.headers() };
}
