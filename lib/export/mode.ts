/**
 * STATIC_EXPORT=1 is set by `npm run export` (scripts/export.ts) for the `output: "export"` build
 * that a static host or CDN serves. Read at build time by server code (lib/routes.ts's reading-mode
 * links, the notice page's ?view= switch). No zod here: lib/routes.ts is client-safe, and in a
 * client bundle the variable is undefined, which reads as the server build (links with ?view=,
 * which the static export's switch handles).
 */
export const isStaticExport = process.env.STATIC_EXPORT === "1";

/**
 * Whether the archive routes (ON_DEMAND_ROUTES in lib/routes.ts) render params they did not
 * prerender: in the server build, yes (older issues render on first request), so they prerender only
 * the newest issues; in the export every page must be a file, so they prerender all.
 */
export const rendersOnDemand = !isStaticExport;
