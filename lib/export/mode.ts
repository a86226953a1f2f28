import { z } from "zod";

/**
 * STATIC_EXPORT=1 is set by `npm run export` (scripts/export.ts) for the `output: "export"` build
 * that a static host or CDN serves. Read at build time: pages that behave differently without a
 * server (the search page, the ?view= switch) ask this, and nothing else does.
 */
export const isStaticExport = z
  .enum(["0", "1", ""])
  .default("")
  .transform((v) => v === "1")
  .parse(process.env.STATIC_EXPORT);
