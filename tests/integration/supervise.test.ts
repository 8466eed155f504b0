import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { supervise } from "../../scripts/supervise";

/**
 * `npm start` keeps its server up (issue 14, point 7): a crashed server is started again after a
 * pause that grows, the log says why, and a stop request ends it without a restart. The child
 * here is a small node script standing in for `next start`.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "supervise-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A child that records each start (and the SIGTERM it receives), then does what `script` says. Its
 * SIGTERM handler is in place before it records the start, so a test that waits for the start line
 * knows a stop will be heard (a process still booting on a loaded machine would die unrecorded).
 */
function child(name: string, script: string) {
  const starts = path.join(dir, `${name}.starts`);
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(
    file,
    `const fs = require("node:fs");
process.on("SIGTERM", () => { fs.appendFileSync(${JSON.stringify(starts)}, "sigterm\\n"); process.exit(0); });
fs.appendFileSync(${JSON.stringify(starts)}, "start\\n");
const n = fs.readFileSync(${JSON.stringify(starts)}, "utf8").split("\\n").filter((l) => l === "start").length;
${script}`,
  );
  return { file, events: () => (fs.existsSync(starts) ? fs.readFileSync(starts, "utf8").trim().split("\n") : []) };
}

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("the npm start supervisor", () => {
  it("restarts a crashing server with a growing pause, says why, and stops it cleanly", async () => {
    // Crashes on its first two starts, then serves until asked to stop.
    const c = child("crash", `if (n <= 2) process.exit(3); setInterval(() => {}, 1000);`);
    const lines: string[] = [];
    const server = supervise({
      command: process.execPath,
      args: [c.file],
      log: (l) => lines.push(l),
      minBackoffMs: 100,
      maxBackoffMs: 1_000,
    });
    await until(() => c.events().filter((e) => e === "start").length === 3);
    await new Promise((r) => setTimeout(r, 300)); // the third run stays up: no fourth start
    expect(server.starts()).toBe(3);
    expect(lines.filter((l) => l.includes("stopped unexpectedly (exit code 3)"))).toHaveLength(2);
    expect(lines.some((l) => l.includes("restarting in 0.1 s"))).toBe(true);
    expect(lines.some((l) => l.includes("restarting in 0.2 s"))).toBe(true);

    await expect(server.stop("SIGTERM")).resolves.toBe(0);
    expect(c.events().at(-1)).toBe("sigterm");
    await new Promise((r) => setTimeout(r, 300));
    expect(server.starts()).toBe(3);
  });

  it("restarts a server killed from outside (out of memory, kill -9)", async () => {
    const c = child(
      "killed",
      `fs.writeFileSync(${JSON.stringify(path.join(dir, "killed.pid"))}, String(process.pid)); setInterval(() => {}, 1000);`,
    );
    const lines: string[] = [];
    const server = supervise({
      command: process.execPath,
      args: [c.file],
      log: (l) => lines.push(l),
      minBackoffMs: 50,
    });
    await until(() => fs.existsSync(path.join(dir, "killed.pid")));
    process.kill(Number(fs.readFileSync(path.join(dir, "killed.pid"), "utf8")), "SIGKILL");
    await until(() => server.starts() === 2);
    expect(lines.some((l) => l.includes("killed by SIGKILL"))).toBe(true);
    await server.stop();
  });

  it("kills a server that ignores the stop request after the grace period", async () => {
    const c = child(
      "stubborn",
      `process.removeAllListeners("SIGTERM"); process.on("SIGTERM", () => {}); setInterval(() => {}, 1000);`,
    );
    const server = supervise({ command: process.execPath, args: [c.file], log: () => undefined, stopTimeoutMs: 300 });
    await until(() => c.events().length === 1);
    const t0 = Date.now();
    await expect(server.stop()).resolves.toBe(0);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(server.starts()).toBe(1);
  });

  it("a stop during the pause before a restart starts nothing more", async () => {
    const c = child("pause", `process.exit(1);`);
    const server = supervise({ command: process.execPath, args: [c.file], log: () => undefined, minBackoffMs: 500 });
    await until(() => c.events().length === 1);
    await new Promise((r) => setTimeout(r, 100));
    await expect(server.stop()).resolves.toBe(0);
    await new Promise((r) => setTimeout(r, 700));
    expect(server.starts()).toBe(1);
  });
});
