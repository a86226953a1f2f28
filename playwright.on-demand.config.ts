import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The server build of a generated archive with only the newest issues prerendered (PRERENDER_ISSUES,
// set by scripts/test-export.sh), so older issues' pages render on demand: first hit, cache, and the
// proxy's gate in front of them. Same Chromium setup and `next start` as the main suite, its own port.
const PORT = Number(process.env.ON_DEMAND_PORT ?? 3120);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...base,
  testDir: "tests/on-demand",
  use: { ...base.use, baseURL },
  webServer: { ...base.webServer, command: `node_modules/.bin/next start -H 127.0.0.1 -p ${PORT}`, url: `${baseURL}/zh` },
});
