import { readFileSync } from "node:fs";
import path from "node:path";
import { ARCHIVE_PATHS_FILE, knownPathsFrom, type KnownPaths } from "@/lib/http/known-paths";
import { MISSING_ROUTE } from "@/lib/routes";

/**
 * The production build's known paths, read once from .next's manifests. Null (every path passes to
 * Next) under `next dev`, which prerenders nothing, and when a manifest is missing or unreadable: a
 * wrong answer here would 404 real pages, so the proxy then leaves 404s to Next as before.
 */
let cached: KnownPaths | null | undefined;

export function loadKnownPaths(): KnownPaths | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (process.env.NODE_ENV !== "production") return cached;
  try {
    const read = (file: string): unknown => JSON.parse(readFileSync(path.join(process.cwd(), ".next", file), "utf8"));
    cached = knownPathsFrom(read("prerender-manifest.json"), read("routes-manifest.json"), MISSING_ROUTE, readArchivePaths(read));
  } catch (e) {
    console.error("proxy: no known-path list, 404s are left to Next:", e);
  }
  return cached;
}

/** Null when the file is missing (a bare `next build`): then only prerendered archive pages are known. */
function readArchivePaths(read: (file: string) => unknown): unknown {
  try {
    return read(ARCHIVE_PATHS_FILE);
  } catch (e) {
    console.error(`proxy: no .next/${ARCHIVE_PATHS_FILE} (run npm run build), so issues not prerendered answer 404:`, e);
    return null;
  }
}
