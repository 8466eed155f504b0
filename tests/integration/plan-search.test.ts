/**
 * Plans are searched without diacritics, as people are: "thi dua" finds "Thi đua cải cách hành
 * chính năm 2026", in the plan list (listPlans) and in the header's search (searchInScope), on
 * Plan.searchText, which the data layer writes with the title (toSearchText). The migration that
 * added the column back-filled it in SQL: that statement, run here on awkward titles (upper case,
 * "Đ", a title typed decomposed, doubled spaces), gives what toSearchText gives.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { listPlans } from "@/server/data/plan-reads";
import { searchInScope } from "@/server/data/search";
import { toSearchText } from "@/domain/text/vietnamese";
import { districtPlan } from "../support/district-plan";

let world: Awaited<ReturnType<typeof districtPlan>>;

const listed = async (q: string) =>
  (await listPlans(world.chair, { page: 1, pageSize: 20, sort: "issuedOn", dir: "desc", q }, {})).rows.map((p) => p.id);

beforeAll(async () => {
  world = await districtPlan({ quota: 2 });
}, 120_000);

describe("plans found without diacritics", () => {
  it("writes the title's search text with the plan", async () => {
    const row = await db().plan.findUniqueOrThrow({ where: { id: world.plan.id } });
    expect(row.title).toBe("Thi đua cải cách hành chính năm 2026");
    expect(row.searchText).toBe("thi dua cai cach hanh chinh nam 2026");
  });

  it("the plan list finds 'thi dua' as 'thi đua', whatever the case or accents typed", async () => {
    for (const q of ["thi dua cai cach", "THI ĐUA CẢI CÁCH", "hanh chinh nam 2026", "Cải cách"])
      expect(await listed(q), q).toEqual([world.plan.id]);
    expect(await listed("thi dua khen thuong")).toEqual([]);
  });

  it("the header's search finds it the same way", async () => {
    const results = await searchInScope(world.chair, "thi dua cai cach");
    expect(results?.plans.rows.map((p) => p.id)).toEqual([world.plan.id]);
    expect((await searchInScope(world.chair, "đua cải"))?.plans.rows.map((p) => p.id)).toEqual([world.plan.id]);
  });
});

describe("the migration's back-fill", () => {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const migration = fs.readdirSync(dir).find((d) => d.endsWith("_plan_search_text"))!;
  const sql = fs.readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
  // The statement as written, narrowed to one row: the other tests' plans are left alone.
  const backFill = /UPDATE "Plan" SET "searchText" = [\s\S]*?;/.exec(sql)![0].replace(/;$/, ` WHERE "id" = $1;`);

  it("folds old titles as toSearchText does", async () => {
    const titles = [
      "KẾ HOẠCH Phát động phong trào THI ĐUA năm 2026",
      "Thi đua  “Dân vận khéo”\tgiai đoạn 2026 – 2030 ",
      "Đẩy mạnh ứng dụng, chuyển đổi số; Ưu tiên Ỷ Lan, Ỹ, Ựa",
      "Thi đua cải cách hành chính".normalize("NFD"),
    ];
    for (const title of titles) {
      await db().plan.update({ where: { id: world.plan.id }, data: { title, searchText: "" } });
      await db().$executeRawUnsafe(backFill, world.plan.id);
      const row = await db().plan.findUniqueOrThrow({ where: { id: world.plan.id }, select: { searchText: true } });
      expect(row.searchText, title).toBe(toSearchText(title));
    }
  });
});
