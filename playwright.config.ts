import { defineConfig } from "@playwright/test";
import { e2ePort } from "./e2e/port";

const port = e2ePort();

/**
 * e2e against the built app (`next build` first; `npm test` does it) in Debian's Chromium:
 * no browser download is possible on this machine.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    // A missing element should fail fast, not wait for the whole test's timeout.
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
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
  webServer: {
    // react-server condition: the seed shares src/server modules that are marked "server-only".
    command: "node_modules/.bin/tsx --conditions=react-server scripts/e2e-server.ts",
    env: { E2E_PORT: String(port) },
    url: `http://127.0.0.1:${port}/dang-nhap`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
