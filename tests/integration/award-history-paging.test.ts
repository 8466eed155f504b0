import { describe, expect, it } from "vitest";
import { AWARD_SORT_KEYS, searchAwards } from "@/server/data/awards";
import { TOTAL_CAP } from "@/server/data/keyset";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import type { Actor } from "@/server/auth/actor-types";
import { db } from "@/server/db/client";
import { createActor, createUnit, uid, type TestUnit } from "../support/factories";

/**
 * Issue 15, point 2: the award history pages by keyset on (sort column, id) — year, name or decision
 * date, either direction — through the AwardRecord indexes of that order; every award once, ties (the
 * same year, the same name) by id across pages, back and forth; the total capped.
 */

const params = (search: SearchParams) =>
  parseTableParams(search, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year", defaultDir: "desc" });

function award(unit: TestUnit, i: number, over: { year?: number; label?: string; decidedOn?: Date } = {}) {
  return {
    unitId: unit.id,
    kind: "INDIVIDUAL" as const,
    label: over.label ?? `Người ${String(i).padStart(2, "0")}`,
    name: "Giấy khen",
    year: over.year ?? 2020 + (i % 3),
    decisionNumber: `${i}/QĐ-UBND`,
    decidedOn: over.decidedOn ?? new Date(Date.UTC(2024, 0, 1 + (i % 5))),
    conferredBy: "Chủ tịch UBND",
    source: "ENTERED" as const,
  };
}

async function walk(actor: Actor, base: SearchParams) {
  const forward: string[][] = [];
  let search: SearchParams = { ...base };
  let page = 1;
  for (;;) {
    const result = await searchAwards(actor, params(search));
    forward.push(result.rows.map((r) => r.id));
    if (!result.cursors.after) break;
    page++;
    search = { ...base, trang: String(page), sau: result.cursors.after };
    expect(page).toBeLessThan(30);
  }
  const backward: string[][] = [forward.at(-1)!];
  let before = (await searchAwards(actor, params(search))).cursors.before;
  while (before) {
    page--;
    const result = await searchAwards(actor, params({ ...base, trang: String(page), truoc: before }));
    backward.unshift(result.rows.map((r) => r.id));
    before = result.cursors.before;
  }
  return { forward, backward, page };
}

describe("keyset paging of the award history (issue 15, point 2)", () => {
  it("pages by year, name and decision date, both ways, ties by id; another unit sees none of it", async () => {
    const district = await createUnit(`Huyện Khen ${uid()}`, "HUYEN", null);
    const communes = [await createUnit("Xã Khen Một", "XA", district), await createUnit("Xã Khen Hai", "XA", district)];
    // 25 awards over three years and five dates, plus 12 of one name (a tie on the name across pages).
    await db().awardRecord.createMany({
      data: [
        ...Array.from({ length: 25 }, (_, i) => award(communes[i % 2]!, i)),
        ...Array.from({ length: 12 }, (_, i) => award(communes[0]!, 100 + i, { label: "Trùng Tên" })),
      ],
    });
    const reviewer = await createActor(district, ["REVIEWER"]);

    for (const sort of AWARD_SORT_KEYS) {
      for (const dir of ["asc", "desc"] as const) {
        const base = { "so-dong": "10", "sap-xep": sort, chieu: dir };
        const all = await searchAwards(reviewer, params({ ...base, "so-dong": "100" }));
        expect(all).toMatchObject({ total: 37, totalCapped: false });
        // By the column, then by id, both in `dir` (names in the database's collation: not re-sorted here).
        if (sort !== "label") {
          const key = (r: (typeof all.rows)[number]) => (sort === "year" ? r.year : r.decidedOn.getTime());
          const expected = [...all.rows].sort((a, b) => {
            const c = key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
            return dir === "asc" ? c : -c;
          });
          expect(all.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        }
        const { forward, backward, page } = await walk(reviewer, base);
        expect(forward.map((p) => p.length)).toEqual([10, 10, 10, 7]);
        expect(forward.flat()).toEqual(all.rows.map((r) => r.id));
        expect(backward).toEqual(forward);
        expect(page).toBe(1);
      }
    }
    // The namesakes, ascending by name: by id ascending.
    const byName = (await searchAwards(reviewer, params({ "so-dong": "100", "sap-xep": "label", chieu: "asc" }))).rows;
    const tied = byName.filter((r) => r.label === "Trùng Tên").map((r) => r.id);
    expect(tied).toEqual([...tied].sort());

    const stranger = await createActor(await createUnit(`Xã Khác ${uid()}`, "XA", null), ["OFFICER"]);
    expect(await searchAwards(stranger, params({}))).toMatchObject({ rows: [], total: 0 });
    // A commune officer reads its own commune's awards only.
    const officer = await createActor(communes[1]!, ["OFFICER"]);
    expect((await searchAwards(officer, params({ "so-dong": "100" }))).total).toBe(12);
  });

  it("a forged cursor is ignored (page read by its number); the year filter pages too; the total stops at the cap", async () => {
    const commune = await createUnit(`Xã Nhiều Khen ${uid()}`, "XA", null);
    const officer = await createActor(commune, ["OFFICER"]);
    await db().awardRecord.createMany({ data: Array.from({ length: 3 }, (_, i) => award(commune, i, { year: 2022 })) });
    const forged = await searchAwards(officer, params({ sau: "WyJ4eXoiLCJhYmMiXQ" })); // ["xyz","abc"]: not a year
    expect(forged.rows).toHaveLength(3);
    expect(forged.cursors).toEqual({ after: undefined, before: undefined });

    await db().$executeRaw`
      INSERT INTO "AwardRecord" ("id", "unitId", "kind", "label", "name", "year", "decisionNumber", "decidedOn", "conferredBy", "source")
      SELECT 'cap' || g || ${uid()}, ${commune.id}, 'INDIVIDUAL', 'Người ' || g, 'Giấy khen', 2000 + g % 20,
             g || '/QĐ', DATE '2024-01-01', 'Chủ tịch UBND', 'ENTERED'
      FROM generate_series(1, ${TOTAL_CAP + 5}) g`;
    const many = await searchAwards(officer, params({}));
    expect(many).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(many.rows).toHaveLength(20);
    const second = await searchAwards(officer, params({ trang: "2", sau: many.cursors.after }));
    expect(second.rows.map((r) => r.id)).not.toContain(many.rows.at(-1)!.id);
    expect(second.rows[0]!.year).toBeLessThanOrEqual(many.rows.at(-1)!.year);

    expect((await searchAwards(officer, { ...params({}), year: 2022 })).total).toBe(3);
    // Year 2005: g = 5, 25, …, 9985, 10005.
    const y2005 = await searchAwards(officer, { ...params({ "so-dong": "100" }), year: 2005 });
    expect(y2005).toMatchObject({ total: 501, totalCapped: false });
    const next = await searchAwards(officer, {
      ...params({ "so-dong": "100", trang: "2", sau: y2005.cursors.after }),
      year: 2005,
    });
    expect(next.rows.every((r) => r.year === 2005)).toBe(true);
    expect(new Set([...y2005.rows, ...next.rows].map((r) => r.id)).size).toBe(200);
  });
});
