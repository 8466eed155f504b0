import { describe, expect, it } from "vitest";
import { PERSON_SORT_KEYS, listPeople } from "@/server/data/people";
import { AUDIT_SORT_KEYS, listAuditEntries } from "@/server/data/audit";
import { TOTAL_CAP } from "@/server/data/keyset";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { toSortName } from "@/domain/text/vietnamese";
import type { Actor } from "@/server/auth/actor-types";
import { db } from "@/server/db/client";
import { createActor, createPersonRow, createUnit, uid, type TestUnit } from "../support/factories";

/**
 * Issue 15, point 2: lists page by keyset. Walking a list page by page from the cursors — forwards, then
 * backwards — shows every row exactly once, in the Vietnamese order of the database (vi_vn collation),
 * ties (same name, same date of birth) included, and agrees with reading the whole list at once.
 */

const params = (search: SearchParams) =>
  parseTableParams(search, { sortKeys: PERSON_SORT_KEYS, defaultSort: "sortName" });

/** Follows "Sau" from page 1 to the end, then "Trước" back to page 1; returns both walks' ids. */
async function walk(actor: Actor, base: SearchParams) {
  const forward: string[][] = [];
  let search: SearchParams = { ...base };
  let page = 1;
  for (;;) {
    const result = await listPeople(actor, params(search));
    forward.push(result.rows.map((r) => r.id));
    if (!result.cursors.after) break;
    page++;
    search = { ...base, trang: String(page), sau: result.cursors.after };
    expect(page).toBeLessThan(50); // a cursor that does not move on would loop
  }
  const backward: string[][] = [forward.at(-1)!];
  let before = (await listPeople(actor, params(search))).cursors.before;
  while (before) {
    page--;
    const result = await listPeople(actor, params({ ...base, trang: String(page), truoc: before }));
    backward.unshift(result.rows.map((r) => r.id));
    before = result.cursors.before;
  }
  return { forward, backward, page };
}

describe("keyset paging of the people list (issue 15, point 2)", () => {
  // Given names in Vietnamese alphabetical order: a < ă < â, d < đ, e < ê; "An" before "Anh".
  const GIVEN = ["An", "Anh", "Ăng", "Ân", "Bình", "Dũng", "Đào", "Đức", "Em", "Êm", "Hà"];

  it("pages a district's people in Vietnamese order, ties by id, forwards and back, none twice or missing", async () => {
    const district = await createUnit(`Huyện Trang ${uid()}`, "HUYEN", null);
    const communes: TestUnit[] = [
      await createUnit("Xã Trang Một", "XA", district),
      await createUnit("Xã Trang Hai", "XA", district),
    ];
    // Reversed on purpose: insertion order must not be what the list shows.
    const names = [...GIVEN]
      .reverse()
      .flatMap((given, i) => [`Nguyễn Văn ${given}`, `Trần Thị ${given}`, i % 3 ? [] : `Lê ${given}`].flat());
    // 12 namesakes: a tie on the sort column that spans pages of 10.
    for (let i = 0; i < 12; i++) names.push("Phạm Văn Bình");
    for (const [i, name] of names.entries()) await createPersonRow(communes[i % 2]!, name);
    const reviewer = await createActor(district, ["REVIEWER"]);

    const all = (await listPeople(reviewer, params({ "so-dong": "100" }))).rows;
    expect(all).toHaveLength(names.length);
    // Given names come out in the Vietnamese alphabet, whatever their accents.
    const givenOrder = [...new Set(all.map((r) => r.fullName.split(" ").at(-1)!))];
    expect(givenOrder).toEqual(GIVEN);
    // The namesakes by id.
    const namesakes = all.filter((r) => r.fullName === "Phạm Văn Bình").map((r) => r.id);
    expect(namesakes).toEqual([...namesakes].sort());

    const { forward, backward, page } = await walk(reviewer, { "so-dong": "10" });
    expect(forward.flat()).toEqual(all.map((r) => r.id));
    expect(forward.slice(0, -1).every((p) => p.length === 10)).toBe(true);
    expect(backward).toEqual(forward);
    expect(page).toBe(1);

    // Descending by name: the exact reverse.
    const down = await walk(reviewer, { "so-dong": "10", chieu: "desc" });
    expect(down.forward.flat()).toEqual(all.map((r) => r.id).reverse());
    expect(down.backward).toEqual(down.forward);
  });

  it("pages by a column where every row ties (date of birth), and searches by keyset too", async () => {
    const commune = await createUnit(`Xã Cùng Ngày ${uid()}`, "XA", null);
    for (let i = 0; i < 23; i++) await createPersonRow(commune, `Hoàng Văn Ngày ${i}`);
    await createPersonRow(commune, "Vũ Thị Khác");
    const officer = await createActor(commune, ["OFFICER"]);
    const byDate = await walk(officer, { "so-dong": "10", "sap-xep": "dateOfBirth", chieu: "desc" });
    expect(byDate.forward.map((p) => p.length)).toEqual([10, 10, 4]);
    expect(new Set(byDate.forward.flat()).size).toBe(24);
    expect(byDate.backward).toEqual(byDate.forward);

    const found = await walk(officer, { "so-dong": "10", q: "hoang van" });
    expect(found.forward.flat()).toHaveLength(23);
    expect(new Set(found.forward.flat()).size).toBe(23);
  });

  it("a forged cursor is ignored (the page is read by its number); the total stops counting past the cap", async () => {
    const commune = await createUnit(`Xã Đông Người ${uid()}`, "XA", null);
    const officer = await createActor(commune, ["OFFICER"]);
    await createPersonRow(commune, "Đinh Văn Một");
    await createPersonRow(commune, "Đinh Văn Hai");
    const forged = await listPeople(officer, params({ "so-dong": "10", sau: "bm90LWEtY3Vyc29y" }));
    expect(forged.rows.map((r) => r.fullName)).toEqual(["Đinh Văn Hai", "Đinh Văn Một"]);
    expect(forged).toMatchObject({ total: 2, totalCapped: false, cursors: { after: undefined, before: undefined } });

    // In SQL: ten thousand rows through Prisma take half a minute on a busy machine.
    await db().$executeRaw`
      INSERT INTO "Person" ("id", "unitId", "fullName", "sortName", "searchText", "dateOfBirth", "gender", "staffKind", "position", "updatedAt")
      SELECT 'cap' || g || ${uid()}, ${commune.id}, 'Bùi Văn Đông', ${toSortName("Bùi Văn Đông")}, 'bui van dong',
             DATE '1990-01-01', 'NAM', 'CONG_CHUC', 'Công chức', now()
      FROM generate_series(1, ${TOTAL_CAP + 5}) g`;
    const many = await listPeople(officer, params({}));
    expect(many).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    expect(many.rows).toHaveLength(20);
    expect(many.cursors.after).toBeDefined();
  });

  it("pages the audit log newest first by (at, id), entries of the same instant by id", async () => {
    const commune = await createUnit(`Xã Nhật Ký Trang ${uid()}`, "XA", null);
    const admin = await createActor(commune, ["ADMIN"]);
    const at = new Date("2026-11-30T03:00:00Z");
    // 15 entries in the same millisecond, 10 earlier ones a second apart.
    await db().auditEntry.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        unitId: commune.id,
        at: i < 15 ? at : new Date(at.getTime() - (i - 14) * 1000),
        entity: "Person",
        entityId: `p${i}`,
        action: "CREATE" as const,
      })),
    });
    const auditParams = (search: SearchParams) =>
      parseTableParams(search, { sortKeys: AUDIT_SORT_KEYS, defaultSort: "at", defaultDir: "desc" });
    const all = (await listAuditEntries(admin, auditParams({ "so-dong": "100" }), {})).rows.map((r) => r.id);
    expect(all).toHaveLength(25);
    const pages: string[][] = [];
    let search: SearchParams = { "so-dong": "10" };
    for (let page = 2; ; page++) {
      const result = await listAuditEntries(admin, auditParams(search), {});
      pages.push(result.rows.map((r) => r.id));
      if (!result.cursors.after) break;
      search = { "so-dong": "10", trang: String(page), sau: result.cursors.after };
    }
    expect(pages.flat()).toEqual(all);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    // The same instant: the larger id (the later insert) first.
    expect(all.slice(0, 15)).toEqual([...all.slice(0, 15)].sort((a, b) => Number(BigInt(b) - BigInt(a))));
  });
});
