import { defineConfig } from "@playwright/test";
import { e2ePort } from "./e2e/port";

const port = e2ePort();

/**
 * Spec files that share seeded data run one after another, in file-name order, as one project
 * with ONE worker: each reads or leaves state the next relies on (notifications → phone →
 * two-level on Xã Như Quỳnh's 2026 plan; campaign → plans → rounds → signed-documents on Hớn Quản
 * and Tân Khai; the Văn Lâm / Đình Dù dossiers). The groups write to disjoint units (phone.spec.ts
 * only adds a person in Cổ Lễ, whose lists people.spec.ts reads by name and order, not by count),
 * and the remaining specs each keep to their own (the throttle spec to its own account and
 * address), so two workers run two of them at a time. A spec that starts sharing data with another
 * group must join it here.
 */
const serialGroups: Record<string, string[]> = {
  "hon-quan": ["campaign", "plans", "rounds", "signed-documents"],
  "nhu-quynh": ["notifications", "phone", "search-and-nav", "two-level"],
  "van-lam": ["award-records", "eligibility", "import-people", "nominations", "registration"],
};
const specsOf = (names: string[]) => names.map((name) => `**/${name}.spec.ts`);

/**
 * e2e against the built app (`next build` first; `npm test` does it) in Debian's Chromium:
 * no browser download is possible on this machine.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Two cores: while one test waits on the app or a timer, another can use the CPU (README, Tests).
  workers: 2,
  projects: [
    ...Object.entries(serialGroups).map(([name, specs]) => ({ name, testMatch: specsOf(specs), workers: 1 })),
    { name: "other", testIgnore: specsOf(Object.values(serialGroups).flat()) },
  ],
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
