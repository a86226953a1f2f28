/**
 * npm run build's last step (package.json "postbuild"): writes .next/archive-paths.json, every path of
 * the archive routes (lib/routes.ts ON_DEMAND_ROUTES) that the database holds. The proxy lets exactly
 * these through to render on demand (lib/http/known-paths.ts); any other path under those routes is
 * the 404 page, so a made-up id never renders or writes to the cache. Written after `next build`
 * because the build empties .next first. Runs with --conditions=react-server, as the build's own
 * server code does, because lib/data is server-only.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { routePaths } from "@/lib/data/archive-params";
import { ARCHIVE_PATHS_FILE, archivePathsSchema } from "@/lib/http/known-paths";
import { ON_DEMAND_ROUTES } from "@/lib/routes";

async function main(): Promise<void> {
  const started = performance.now();
  const routes: Record<string, string[]> = {};
  for (const route of ON_DEMAND_ROUTES) routes[route] = await routePaths(route, "all");
  const file = path.join(process.cwd(), ".next", ARCHIVE_PATHS_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(archivePathsSchema.parse({ routes })));
  const count = Object.values(routes).reduce((sum, paths) => sum + paths.length, 0);
  console.log(`✅ ${count} archive paths → .next/${ARCHIVE_PATHS_FILE} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(`❌ write-archive-paths: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
