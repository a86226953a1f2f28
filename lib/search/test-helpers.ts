import type { BuiltFile } from "@/lib/search/build-index";
import type { FetchLike } from "@/lib/search/client";

/**
 * An in-memory static host for tests and the bench: serves built files like public/search would,
 * counts what a client fetched, and can be told to fail a path once (retry tests).
 */
export function memoryHost(files: BuiltFile[], base = "/search") {
  const bodies = new Map(files.map((f) => [f.path, f.body]));
  const fetched: string[] = [];
  const failOnce = new Set<string>();
  const fetch: FetchLike = async (url) => {
    const path = (url.startsWith(base) ? url.slice(base.length) : url).replace(/^\/+/, "").replace(/\?.*$/, "");
    fetched.push(path);
    if (failOnce.delete(path)) return { ok: false, status: 503, text: async () => "" };
    const body = bodies.get(path);
    return body === undefined ? { ok: false, status: 404, text: async () => "" } : { ok: true, status: 200, text: async () => body };
  };
  return { fetch, fetched, failOnce, bodies };
}
