import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { backup, restore } from "../../scripts/db/backup";
import { createDatabase, dropDatabase, withDatabase } from "../../scripts/db/embedded";
import { deployMigrations } from "../../scripts/db/migrate";
import { seed } from "../../prisma/seed";

/**
 * `npm run backup` / `npm run restore` round trip (issue 14, point 9): a database with the demo
 * data and a files store are backed up, the database is dropped and the files deleted, then both
 * are restored and read back: every table identical row by row, every file identical byte by byte,
 * and the database usable (sequences past the largest id, foreign keys in force).
 */

const server = inject("databaseUrl");
const name = `${new URL(server).pathname.slice(1)}_backup`;
const url = withDatabase(server, name);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-backup-"));
const filesDir = path.join(work, "files");
const out = path.join(work, "backup");

afterAll(async () => {
  await dropDatabase(server, name);
  fs.rmSync(work, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** Each table's row count and a digest of its rows in PostgreSQL's own text form. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const out: Record<string, string> = {};
  for (const { name: t } of tables) {
    const [row] = await query<{ n: string; digest: string }>(
      `SELECT count(*) AS n, md5(coalesce(string_agg(to_jsonb(x)::text, E'\\n' ORDER BY to_jsonb(x)::text), '')) AS digest
         FROM ${pg.escapeIdentifier(t)} x`,
    );
    out[t] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

describe("backup and restore", () => {
  it("restores the database and the files exactly, after the database is dropped and the files deleted", async () => {
    await createDatabase(server, name);
    await deployMigrations(url);
    await seed(url);
    // Rows of the kinds the seed does not make: sign-in attempts (bigint ids from a sequence).
    await query(`INSERT INTO "SignInAttempt" (identifier, ip, succeeded) VALUES ('a@b.vn', '192.0.2.1', false)`);
    // A decided award: the database tallies it per unit and round (AwardRoundTally, by trigger); the restore
    // loads the tally as it was, not once from the backup and again from the trigger.
    await query(
      `INSERT INTO "AwardDecision" (id, "unitId", "planId", "awardFormId", "roundId", "formName", authority, "amountBasis",
         number, "numberYear", "decidedOn", "signerName", "budgetSource", total)
       SELECT 'backup-decision', p."unitId", p.id, f.id, r.id, f.name, 'Chủ tịch UBND', '', '01', 2026, DATE '2026-11-30',
         'Người Ký', '', 0
         FROM "AwardRound" r JOIN "PlanAwardForm" f ON f.id = r."awardFormId" JOIN "Plan" p ON p.id = f."planId" LIMIT 1`,
    );
    await query(
      `INSERT INTO "AwardRecord" (id, "unitId", kind, label, name, year, "decisionNumber", "decidedOn", "conferredBy",
         source, "decisionId")
       SELECT 'backup-award', d."unitId", 'INDIVIDUAL', 'Nguyễn Thị Hằng', d."formName", 2026, '01/QĐ-UBND', d."decidedOn",
         d.authority, 'DECISION', d.id FROM "AwardDecision" d WHERE d.id = 'backup-decision'`,
    );
    fs.mkdirSync(path.join(filesDir, "ho-so", "2026"), { recursive: true });
    fs.writeFileSync(
      path.join(filesDir, "ho-so", "2026", "bao-cao.pdf"),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 255]),
    );
    fs.writeFileSync(path.join(filesDir, "giay-khen.png"), "Giấy khen – Nguyễn Thị Hằng");
    const before = await fingerprint();
    expect(Number(before.User!.split(":")[0])).toBeGreaterThan(10);
    expect(before.AwardRoundTally!.split(":")[0]).toBe("1");

    const manifest = await backup({ url, out, filesDir });
    expect(manifest.files).toEqual({ kind: "tar", count: 2 });
    expect(manifest.tables.User).toBeGreaterThan(10);

    await dropDatabase(server, name);
    fs.rmSync(filesDir, { recursive: true });

    await restore({ url, from: out, filesDir });
    expect(await fingerprint()).toEqual(before);
    expect(fs.readFileSync(path.join(filesDir, "ho-so", "2026", "bao-cao.pdf"))).toEqual(
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 255]),
    );
    expect(fs.readFileSync(path.join(filesDir, "giay-khen.png"), "utf8")).toBe("Giấy khen – Nguyễn Thị Hằng");

    // Usable: a new row gets the next id, and a foreign key is enforced again.
    const [{ max }] = (await query<{ max: string }>(`SELECT max(id) AS max FROM "SignInAttempt"`)) as [{ max: string }];
    const [{ id }] = (await query<{ id: string }>(
      `INSERT INTO "SignInAttempt" (identifier, ip, succeeded) VALUES ('c@d.vn', '', true) RETURNING id`,
    )) as [{ id: string }];
    expect(BigInt(id)).toBeGreaterThan(BigInt(max));
    await expect(
      query(
        `INSERT INTO "Membership" (id, "userId", "unitId", role) VALUES ('x', 'no-such-user', 'no-such-unit', 'OFFICER')`,
      ),
    ).rejects.toMatchObject({ code: "23503" });
  });

  it("refuses to restore over data unless told to replace it, and then keeps the files that were there", async () => {
    await expect(restore({ url, from: out, filesDir })).rejects.toThrow(/already has tables/);
    fs.writeFileSync(path.join(filesDir, "moi.txt"), "tệp tải lên sau khi sao lưu");
    await restore({ url, from: out, filesDir, replace: true });
    expect(fs.existsSync(path.join(filesDir, "moi.txt"))).toBe(false);
    const aside = fs.readdirSync(work).find((f) => f.startsWith("files.before-restore-"));
    expect(fs.readFileSync(path.join(work, aside!, "moi.txt"), "utf8")).toBe("tệp tải lên sau khi sao lưu");
  });
});
