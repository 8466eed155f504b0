/**
 * Issue 15 point 6: no parallel queries on one connection inside a transaction. Our code awaits one
 * query after another (lint rule local/no-parallel-queries-in-transaction); Prisma's interpreter
 * still reads an include's relations side by side, so the app's connections queue them themselves
 * (src/server/db/serial-client.ts) — pg 9 refuses a query sent while another runs.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SerialClient } from "@/server/db/serial-client";
import { createPersonRow, createUnit } from "../support/factories";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

describe("a connection of the app", () => {
  const client = new SerialClient({ connectionString: process.env.DATABASE_URL });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("answers queries asked at once, each with its own answer, in the order asked", async () => {
    const ask = (n: number) => client.query<{ n: number }>("SELECT $1::int AS n, pg_sleep(0.02)", [n]);
    const answers = await Promise.all([1, 2, 3].map(ask));
    expect(answers.map((a) => a.rows[0]!.n)).toEqual([1, 2, 3]);
  });

  it("goes on with the next query after one fails", async () => {
    const [failed, next] = await Promise.allSettled([client.query("SELECT 1/0"), client.query("SELECT 2 AS two")]);
    expect(failed.status).toBe("rejected");
    expect(next.status === "fulfilled" && next.value.rows[0]).toEqual({ two: 2 });
  });
});

describe("a read with several relations inside a transaction", () => {
  it("runs without pg's warning about a query sent while another runs", async () => {
    const commune = await createUnit("Xã Thử Kết Nối", "XA", null);
    await createPersonRow(commune, "Lê Thị Hoà");
    const probe = spawnSync(
      "npx",
      ["tsx", "--conditions=react-server", "tests/support/include-in-transaction-probe.ts"],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, PROBE_UNIT_ID: commune.id } },
    );
    expect(probe.status, probe.stderr).toBe(0);
    expect(JSON.parse(probe.stdout.trim())).toEqual({ children: 0, people: 1 });
    expect(probe.stderr).not.toContain("already executing a query");
  });
});
