/**
 * The app as the e2e suite sees it: a fresh, seeded database and TWO `next start` instances on
 * it (ports e2ePort() and the next one), as a province runs several instances behind a load
 * balancer. Playwright starts this script and waits for the first instance.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createDatabase, REPO_ROOT, setDatabaseOption, startEmbeddedPostgres, withDatabase } from "./db/embedded";
import { prepareDatabase } from "./db/prepare";
import { e2ePort } from "../e2e/port";

const basePort = e2ePort();
const nextBin = path.join(REPO_ROOT, "node_modules", ".bin", "next");
const children: ChildProcess[] = [];

async function waitFor(url: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const server = process.env.DATABASE_URL ?? embedded!.url;
  const name = `thidua_e2e_${Date.now()}`;
  await createDatabase(server, name);
  // A throw-away database: its commits need not wait for the disk (the embedded server's default is durable).
  await setDatabaseOption(server, name, "synchronous_commit", "off");
  process.env.DATABASE_URL = withDatabase(server, name);
  await prepareDatabase({ seed: true });
  const env = {
    ...process.env,
    AUTH_SECRET: "e2e-secret-shared-by-both-instances",
    // The throttle spec sends X-Real-IP as a load balancer would.
    TRUST_PROXY: "1",
  };
  const stopAll = async () => {
    children.forEach((c) => c.kill("SIGTERM"));
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stopAll());
  process.on("SIGINT", () => void stopAll());
  // Second instance first: Playwright starts testing as soon as the first one answers.
  for (const port of [basePort + 1, basePort]) {
    children.push(spawn(nextBin, ["start", "-p", String(port)], { cwd: REPO_ROOT, env, stdio: "inherit" }));
    await waitFor(`http://127.0.0.1:${port}/dang-nhap`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  children.forEach((c) => c.kill("SIGTERM"));
  process.exit(1);
});
