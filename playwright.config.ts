import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (apt-get install -y chromium fonts-noto-cjk): Playwright's own browser download
// cannot work offline. The app is served by `next start` on a fixed port; build it first.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `node_modules/.bin/next start -H 127.0.0.1 -p ${PORT}`,
    url: `${baseURL}/zh`,
    // Reusing a server left on the port would test whatever build it serves: opt in explicitly.
    reuseExistingServer: process.env.E2E_REUSE === "1",
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 60_000,
  },
});
