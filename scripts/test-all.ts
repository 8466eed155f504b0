/**
 * `npm test`: every check, in the order a failure is cheapest to find.
 *   1. types (tsc), lint (eslint) and format (prettier), at the same time   2. schema ↔ migrations drift   3. vitest: unit + integration (real PostgreSQL)
 *   4. next build (and the first-load JS table)    5. Playwright e2e in Debian's Chromium against two built app
 *      instances, two workers (playwright.config.ts)
 * One PostgreSQL server serves the whole run (DATABASE_URL's, or the embedded one started here),
 * and each stage gets its own fresh database on it.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { REPO_ROOT, createDatabase, dropDatabase, startEmbeddedPostgres, withDatabase } from "./db/embedded";
import { checkDrift } from "./db/migrate";

const bin = (name: string) => path.join(REPO_ROOT, "node_modules", ".bin", name);

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  console.log(`✔ ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

interface Check {
  label: string;
  command: string;
  args: string[];
}

/**
 * Runs independent checks at the same time (tsc, ESLint and Prettier each keep to one core, and
 * together took ≈ 150 s one after another), holding each one's output until it ends so the log
 * reads as if they had run in turn. Throws naming every check that failed.
 */
async function runTogether(checks: Check[]): Promise<void> {
  const t0 = Date.now();
  console.log(`\n▶ ${checks.map((c) => c.label).join(", ")} (together)`);
  const outcomes = await Promise.all(
    checks.map(
      (check) =>
        new Promise<{ check: Check; output: string; ok: boolean; seconds: string }>((resolve) => {
          const child = spawn(check.command, check.args, { cwd: REPO_ROOT, env: process.env });
          const chunks: Buffer[] = [];
          child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
          child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
          const done = (ok: boolean, note = "") =>
            resolve({
              check,
              output: Buffer.concat(chunks).toString() + note,
              ok,
              seconds: ((Date.now() - t0) / 1000).toFixed(1),
            });
          child.on("error", (error) => done(false, String(error)));
          child.on("close", (code, signal) => done(code === 0, code === 0 ? "" : `exit ${code ?? signal}\n`));
        }),
    ),
  );
  for (const { check, output, ok, seconds } of outcomes) {
    console.log(`\n▶ ${check.label}`);
    if (output.trim()) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
    console.log(`${ok ? "✔" : "✘"} ${check.label} (${seconds} s)`);
  }
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.check.label);
  if (failed.length > 0) throw new Error(`${failed.join(", ")} failed`);
}

async function main(): Promise<number> {
  const only = process.argv.slice(2); // e.g. `npm test -- e2e` runs one stage
  const wants = (stage: string) => only.length === 0 || only.includes(stage);
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const server = process.env.DATABASE_URL ?? embedded!.url;
  // No network here (and no reason to phone home from CI): Next.js telemetry off.
  const env = { ...process.env, DATABASE_URL: server, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    // The route types Next generates (.next/types), so that tsc checks pages' props as `next build` would.
    if (wants("types")) run("Kiểu của các route (next typegen)", bin("next"), ["typegen"], env);
    const staticChecks: Check[] = [];
    if (wants("types")) staticChecks.push({ label: "Kiểm tra kiểu (tsc)", command: bin("tsc"), args: ["--noEmit"] });
    if (wants("lint"))
      staticChecks.push({ label: "Lint (eslint)", command: bin("eslint"), args: ["--max-warnings=0", "."] });
    if (wants("format"))
      staticChecks.push({
        label: "Định dạng (prettier --check)",
        command: bin("prettier"),
        args: ["--check", "--log-level=warn", "."],
      });
    if (staticChecks.length > 0) await runTogether(staticChecks);
    if (wants("drift")) {
      console.log("\n▶ Schema ↔ migrations (drift check)");
      const name = `thidua_drift_${Date.now()}`;
      await createDatabase(server, name);
      try {
        const result = await checkDrift(withDatabase(server, name));
        if (!result.ok)
          throw new Error(`prisma/schema.prisma and prisma/migrations drift. Missing SQL:\n${result.missingSql}`);
      } finally {
        await dropDatabase(server, name);
      }
      console.log("✔ no drift");
    }
    if (wants("unit")) run("Vitest: unit + integration", bin("vitest"), ["run"], env);
    if (wants("e2e")) {
      // Types passed above in this run (a failure stops it): the build need not check them again (next.config.js).
      const typesChecked = wants("types") ? { THIDUA_TYPES_CHECKED: "1" } : {};
      run("next build", bin("next"), ["build"], { ...env, NODE_ENV: "production", ...typesChecked });
      // First-load JS per route. Printed, not enforced: a bare Next 16.4.5 + React 19.3 app first-loads
      // 134.6 kB gzip (132.8 kB with webpack), over the 130 kB budget of issue 15 before any of the
      // app's code (README, Performance).
      run("First-load JS per route", bin("tsx"), ["scripts/check-bundle-budget.ts", "--report"]);
      run("Playwright e2e", bin("playwright"), ["test"], env);
    }
    return 0;
  } catch (error) {
    console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await embedded?.stop();
  }
}

void main().then((code) => process.exit(code));
