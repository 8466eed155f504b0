/**
 * The registration summary read a page at a time (issue 15 p2) and its .xlsx streamed (p5), on a
 * district plan that 45 communes registered for — more than two pages of details and two export
 * batches. The count table and totals are PostgreSQL's aggregates: they must equal what the whole
 * read (listPlanRegistrations) counts with the domain's rule, returned and sent registrations shown
 * but not totalled. The pages together hold every registration once; the workbook every row. Other
 * units' accounts read none of it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { approvedTotals, registrationCounts } from "@/domain/registration/aggregate";
import {
  exportRegistrationBatches,
  listPlanRegistrations,
  planRegistrationCounts,
  registrationSummaryPage,
} from "@/server/data/registration-review";
import { registrationXlsx } from "@/server/services/registration-export";
import { bytesOf } from "@/server/documents/xlsx-stream";
import { createActor, createUnit, type TestUnit } from "../support/factories";
import { districtPlan } from "../support/district-plan";

const CODES = ["LDTT", "CSTD_CS", "TTLDTT"];
const COMMUNES = 45;
const STATUSES = ["APPROVED", "SENT", "RETURNED"] as const;

let world: Awaited<ReturnType<typeof districtPlan>>;
let communes: TestUnit[];
let year: number;
/** Rows written per commune, by unit id: the expected content of its sheet. */
const written = new Map<string, string[]>();

beforeAll(async () => {
  world = await districtPlan({ quota: "" });
  await db().plan.update({ where: { id: world.plan.id }, data: { registrationItems: CODES } });
  ({ year } = await planRegistrationCounts(world.chair, world.plan.id));
  communes = [world.tree.c1, world.tree.c2];
  for (let i = 3; i <= COMMUNES; i++)
    communes.push(await createUnit(`Xã Số ${String(i).padStart(2, "0")}`, "XA", world.tree.d1));
  for (const [n, unit] of communes.entries()) {
    // 1 to 7 rows each, marking codes in a pattern that differs from commune to commune.
    const rows = Array.from({ length: 1 + (n % 7) }, (_, i) => ({
      position: i,
      kind: i === 0 ? ("COLLECTIVE" as const) : ("INDIVIDUAL" as const),
      label: i === 0 ? unit.name : `Người ${n}-${i}`,
      items: i === 0 ? ["TTLDTT"] : CODES.slice(0, 1 + ((n + i) % 2)),
      commitment: `Cam kết ${n}-${i}`,
    }));
    written.set(
      unit.id,
      rows.map((r) => r.label),
    );
    await db().registration.create({
      data: {
        planId: world.plan.id,
        unitId: unit.id,
        year,
        status: STATUSES[n % 3],
        rows: { create: rows },
      },
    });
  }
});

describe("registration summary, a page at a time", () => {
  it("counts each unit and totals approved registrations in SQL as the whole read does, and the pages hold every unit once", async () => {
    const whole = await listPlanRegistrations(world.chair, world.plan.id);
    const first = await registrationSummaryPage(world.chair, world.plan.id, { perPage: 20 });
    expect(first.lines).toHaveLength(COMMUNES);
    expect(first.pages).toBe(3);
    // Per unit, the database's counts equal the domain's count of the unit's rows.
    const wholeById = new Map(whole.registrations.map((r) => [r.id, r]));
    for (const line of first.lines)
      expect(line.counts).toEqual(registrationCounts(wholeById.get(line.id)!.rows, CODES));
    // Returned and sent registrations are shown, not totalled (issue 12, point 6).
    expect(first.totals).toEqual(approvedTotals(whole.registrations, CODES));
    expect(first.approved).toBe(15);
    expect(Object.values(first.totals).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    const seen: string[] = [];
    const summed = Object.fromEntries(CODES.map((c) => [c, 0]));
    for (let page = 1; page <= first.pages; page++) {
      const p = await registrationSummaryPage(world.chair, world.plan.id, { page: String(page), perPage: 20 });
      expect(p.page).toBe(page);
      expect(p.details.length).toBeLessThanOrEqual(20);
      seen.push(...p.details.map((r) => r.id));
      for (const r of p.details.filter((r) => r.status === "APPROVED"))
        for (const [code, n] of Object.entries(registrationCounts(r.rows, CODES))) summed[code]! += n;
      // A page's rows are the unit's own, in the order it wrote them.
      for (const r of p.details) expect(r.rows.map((row) => row.label)).toEqual(written.get(r.unitId));
    }
    expect(seen).toEqual(first.lines.map((l) => l.id));
    expect(summed).toEqual(first.totals);
  });

  it("shows only the registrations awaiting review when asked, and a page past the end as the last", async () => {
    const awaiting = await registrationSummaryPage(world.chair, world.plan.id, { awaitingOnly: true, perPage: 20 });
    expect(awaiting.detailedCount).toBe(15);
    expect(awaiting.details.every((r) => r.status === "SENT")).toBe(true);
    const beyond = await registrationSummaryPage(world.chair, world.plan.id, { page: "99", perPage: 20 });
    expect(beyond.page).toBe(3);
    expect(beyond.details).toHaveLength(COMMUNES - 40);
  });
});

describe("registration .xlsx, streamed", () => {
  it("has the summary counted as the page counts it and a sheet per unit holding every row it registered", async () => {
    const { stream, fileName } = await registrationXlsx(world.chair, world.plan.id);
    expect(fileName).toBe(`dang-ky-thi-dua-${year}.xlsx`);
    const sheets = await readExcelFile(await bytesOf(stream));
    const counts = await planRegistrationCounts(world.chair, world.plan.id);
    expect(sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", ...counts.lines.map((l) => l.unitName)]);
    const summary = sheets[0]!.data;
    for (const [i, line] of counts.lines.entries())
      expect(summary[2 + i]!.slice(2)).toEqual(CODES.map((c) => line.counts[c]));
    expect(summary[2 + COMMUNES]!.slice(1)).toEqual(["15/45 đơn vị", ...CODES.map((c) => counts.totals[c])]);
    let rows = 0;
    for (const [i, line] of counts.lines.entries()) {
      const text = sheets[1 + i]!.data.map((r) => r.map((c) => (c === null ? "" : String(c))));
      const labels = written.get(line.unitId)!;
      // Every label of the unit, once each, in its section's rows (label in column 2, "Cam kết …" in the last).
      const found = text.filter((r) => r.at(-1)!.startsWith("Cam kết ")).map((r) => r[1]);
      expect(found).toEqual(labels);
      rows += found.length;
    }
    expect(rows).toBe([...written.values()].reduce((n, l) => n + l.length, 0));
  });
});

describe("registration summary isolation", () => {
  it("refuses other units' accounts the counts and the pages, and their export batches read none of the plan", async () => {
    const { tree } = world;
    const lines = (await planRegistrationCounts(world.chair, world.plan.id)).lines;
    const outsiders: Actor[] = [
      await createActor(tree.d2, ["REVIEWER", "CHAIR", "OFFICER"]),
      await createActor(tree.c1, ["REVIEWER", "CHAIR", "OFFICER"]),
      await createActor(tree.p2, ["REVIEWER", "CHAIR", "OFFICER"]),
      // The province above the district does not review the district's plan either.
      await createActor(tree.p1, ["REVIEWER", "CHAIR", "OFFICER"]),
    ];
    for (const outsider of outsiders) {
      await expect(planRegistrationCounts(outsider, world.plan.id)).rejects.toMatchObject({ kind: "not_found" });
      await expect(registrationSummaryPage(outsider, world.plan.id, { perPage: 20 })).rejects.toMatchObject({
        kind: "not_found",
      });
      await expect(registrationXlsx(outsider, world.plan.id)).rejects.toMatchObject({ kind: "not_found" });
      // Even handed the plan's registration ids, the batches find nothing of another unit's plan.
      const read: string[] = [];
      for await (const batch of exportRegistrationBatches(outsider, world.plan.id, lines, 7))
        read.push(...batch.map((r) => r.id));
      expect(read).toEqual([]);
    }
    // An account of the district without the review permission is refused the batches outright.
    const clerk = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
    await expect(exportRegistrationBatches(clerk, world.plan.id, lines).next()).rejects.toMatchObject({
      kind: "forbidden",
    });
    // Positive control: the district reads them all, in small batches.
    const all: string[] = [];
    for await (const batch of exportRegistrationBatches(world.chair, world.plan.id, lines, 7))
      all.push(...batch.map((r) => r.id));
    expect(all).toEqual(lines.map((l) => l.id));
  });
});
