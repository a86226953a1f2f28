import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The static export (npm run export → out/) served by a plain static file server (`serve`, from
// npm), as a CDN would: no Next server, no proxy, no rewrites. Same Chromium setup as the main suite.
const PORT = Number(process.env.EXPORT_PORT ?? 3110);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...base,
  testDir: "tests/export",
  use: { ...base.use, baseURL },
  webServer: {
    command: `node_modules/.bin/serve out -l tcp://127.0.0.1:${PORT} --no-port-switching --no-clipboard -L`,
    url: `${baseURL}/zh`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
