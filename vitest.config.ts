import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src", import.meta.url));
const serverOnlyStub = fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url));

const resolve = { alias: { "@": src, "server-only": serverOnlyStub } };

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on the 2-core target machine, ONE, so
    // the integration files ran one after another while their worker mostly waited on PostgreSQL.
    // Three keep both cores busy; the files are written to run side by side (each makes its own units).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/{domain,lib,schemas}/**/*.test.ts"], environment: "node" },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One migrated database per run (tests/support/global-setup.ts); tests create their own
          // units, so files run in parallel without truncating each other's data.
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/integration-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
