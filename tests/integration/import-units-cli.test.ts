import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, withDatabase } from "../../scripts/db/embedded";

/**
 * `npm run import-units` as an operator runs it on a fresh clone: its own new database (created and
 * migrated by the command), no AUTH_SECRET, a small list and a succession list. Preview first,
 * `--yes` to apply, a bad row refused with its line and nothing changed.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const base = inject("databaseUrl");
const name = `thidua_cli_${process.pid}_${Date.now()}`;
const url = withDatabase(base, name);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-units-"));

function file(fileName: string, lines: string[]): string {
  const p = path.join(dir, fileName);
  fs.writeFileSync(p, lines.join("\n"));
  return p;
}

function cli(...args: string[]) {
  const { AUTH_SECRET: _secret, ...env } = process.env;
  const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/import-units.ts", ...args], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: url },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const threeLevel = file("ba-cap.csv", [
  "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp",
  "Tỉnh Dòng Lệnh,96,Huyện Một,961,Xã Một,96101,Xã",
  "Tỉnh Dòng Lệnh,96,Huyện Một,961,Xã Hai,96102,Xã",
]);
const twoLevel = file("hai-cap.csv", [
  "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp",
  "Tỉnh Dòng Lệnh,96,Xã Một Hai,96101,Xã",
]);
const succession = file("ke-thua.csv", [
  "Mã cũ,Mã mới,Ngày hiệu lực,Nghị quyết",
  "96101,96101,01/07/2025,9998/NQ-UBTVQH15",
  "96102,96101,01/07/2025,9998/NQ-UBTVQH15",
]);
const broken = file("sai.csv", ["Mã cũ,Mã mới,Ngày hiệu lực,Nghị quyết", "96101,96199,01/07/2025,9998/NQ-UBTVQH15"]);

afterAll(async () => {
  await dropDatabase(base, name);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run import-units", () => {
  it("prints the preview and changes nothing without --yes, then applies with it", async () => {
    const preview = cli(threeLevel);
    expect(preview.err).not.toContain("ZodError");
    expect(preview.code).toBe(0);
    expect(preview.out).toContain("Thêm: 4");
    expect(preview.out).toContain("Chưa thay đổi gì. Chạy lại với --yes để nạp.");
    expect(await query(`select id from "Unit"`)).toEqual([]);

    const applied = cli(threeLevel, "--yes");
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("Đã nạp: thêm 4, cập nhật 0");
    expect(await query(`select code from "Unit" order by code`)).toHaveLength(4);
  });

  it("loads a two-level list with its succession list, once (a second run adds nothing)", async () => {
    const applied = cli(twoLevel, `--succession=${succession}`, "--yes");
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("Sáp nhập vào: 1");
    expect(applied.out).toContain("Xã Một, Xã Hai → Xã Một Hai");
    expect(applied.out).toContain("thêm 2, cập nhật 0 liên kết kế thừa");
    const again = cli(twoLevel, `--succession=${succession}`, "--yes");
    expect(again.out).toContain("Đã nạp: thêm 0, cập nhật 0, không đổi 2 đơn vị; thêm 0, cập nhật 0 liên kết kế thừa.");
    const links = await query<{ resolution: string }>(`select resolution from "UnitSuccession"`);
    expect(links).toEqual([{ resolution: "9998/NQ-UBTVQH15" }, { resolution: "9998/NQ-UBTVQH15" }]);
  });

  it("refuses a bad succession list with the file and line, changing nothing", async () => {
    const refused = cli(`--succession=${broken}`, "--yes");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${broken}, dòng 2: Không có đơn vị kế thừa mã 96199`);
    expect(refused.err).toContain("1 lỗi; không có thay đổi nào.");
    expect(await query(`select id from "UnitSuccession"`)).toHaveLength(2);
  });
});
