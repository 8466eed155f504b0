import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../scripts/db/embedded";

/**
 * Acknowledged writes survive a crash (issue 14, point 9). A throw-away cluster of the embedded
 * server, with its default settings: rows are written one commit at a time, each counted once its
 * commit has returned; then every PostgreSQL process of the cluster is killed with SIGKILL (no
 * shutdown, no last flush), the server is started again (crash recovery replays the WAL) and
 * every acknowledged row must be there. With synchronous_commit=off, as the embedded server ran
 * before, commits returned before their WAL left PostgreSQL's memory, and the last ones were lost.
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-crash-"));
fs.chmodSync(work, 0o755); // run as root, the server is OS user postgres, who must reach its data dir
const dataDir = path.join(work, "pg");
let restarted: EmbeddedServer | null = null;

afterAll(async () => {
  // Only the restarted server: the killed one's stop() would wait for an exit that has already happened.
  await restarted?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A client of `url` whose connection may die with the server (an error event, not a crash of the test). */
async function connect(url: string) {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => undefined);
  await c.connect();
  return c;
}

/** The postmaster of `dataDir` and every process it started. */
function clusterProcesses(): number[] {
  const postmaster = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = fs
    .readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
        const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
};

describe.skipIf(process.platform !== "linux")("a crash of PostgreSQL", () => {
  it("loses no acknowledged write: kill -9 right after the commits, restart, every row is there", async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    const client = await connect(first.url);
    expect((await client.query("SHOW synchronous_commit")).rows[0].synchronous_commit).toBe("on");
    await client.query("CREATE TABLE acknowledged (id int PRIMARY KEY, note text NOT NULL)");

    // Four writers, one commit per row, for about a second and a half; a row counts once its commit returned.
    const acked: number[] = [];
    const writers = await Promise.all(Array.from({ length: 4 }, () => connect(first.url)));
    const until = Date.now() + 1_500;
    let next = 0;
    await Promise.all(
      writers.map(async (c) => {
        while (Date.now() < until) {
          const id = next++;
          await c.query("INSERT INTO acknowledged VALUES ($1, $2)", [id, `Quyết định khen thưởng số ${id}`]);
          acked.push(id);
        }
      }),
    );
    const victims = clusterProcesses();
    for (const pid of victims) process.kill(pid, "SIGKILL");
    const deadline = Date.now() + 10_000;
    while (victims.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(victims.filter(alive)).toEqual([]);
    for (const c of [client, ...writers]) await c.end().catch(() => undefined);
    expect(acked.length).toBeGreaterThan(50);

    restarted = await startEmbeddedPostgres({ dataDir });
    const after = await connect(restarted.url);
    const { rows } = await after.query<{ id: number }>("SELECT id FROM acknowledged");
    await after.end();
    const present = new Set(rows.map((r) => r.id));
    expect(acked.filter((id) => !present.has(id))).toEqual([]);
  }, 180_000);
});
