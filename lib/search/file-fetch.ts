import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FetchLike } from "@/lib/search/client";

/**
 * Serves "/<locale>/…json?v=…" from a directory, like the static host serves public/search, so the
 * CLI and the server-rendered results page run the browser's client on the same files. Node only.
 */
export function fileFetch(dir: string): FetchLike {
  const root = path.resolve(dir);
  return async (url) => {
    const file = path.resolve(root, url.replace(/^file:\/\//, "").replace(/\?.*$/, "").replace(/^\/+/, ""));
    // Paths come from format.ts, never from a reader; the check only keeps a bug from reading elsewhere.
    if (!file.startsWith(root + path.sep)) return { ok: false, status: 400, text: async () => "" };
    try {
      const body = await readFile(file, "utf8");
      return { ok: true, status: 200, text: async () => body };
    } catch {
      return { ok: false, status: 404, text: async () => "" };
    }
  };
}
