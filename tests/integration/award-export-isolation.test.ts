/**
 * The award history export streamed (issue 15 p5): a commune's 1 200 awards come out as one valid
 * workbook, every row once and in the export's order (newest year first, then by name) across the
 * batch boundaries — where rows tie on (year, name), so only the id decides — and nothing of a sibling
 * commune or another province, though their awards share names and years. The batches read the same
 * wall from outside: another unit's accounts get none of the commune's awards. How fast a 500-row
 * file is made, alone and 20 at once: scripts/bench/award-export.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { exportAwardBatches } from "@/server/data/awards";
import { awardHistoryXlsx } from "@/server/services/award-history";
import { createActor, createTree, type TestUnit } from "../support/factories";

const COUNT = 1_200;
const pad = (n: number) => String(n).padStart(3, "0");
/** Six awards share each (year, name): 500 is not a multiple of 6, so a tie straddles each batch boundary. */
const awardOf = (unit: TestUnit, i: number, tag: string) => ({
  unitId: unit.id,
  kind: "INDIVIDUAL" as const,
  label: `${tag} ${pad(Math.floor(i / 6) % 100)}`,
  name: "Lao động tiên tiến",
  catalogueCode: "LDTT",
  year: 2020 + (i % 2),
  decisionNumber: `${i + 1}/QĐ-${tag}`,
  decidedOn: new Date(Date.UTC(2020 + (i % 2), 11, 1)),
  conferredBy: "Chủ tịch UBND xã",
  source: "ENTERED" as const,
});

let tree: Awaited<ReturnType<typeof createTree>>;
let officer: Actor;

beforeAll(async () => {
  tree = await createTree();
  await db().awardRecord.createMany({ data: Array.from({ length: COUNT }, (_, i) => awardOf(tree.c1, i, "Nguoi")) });
  // Neighbours with the same names and years: only the unit tells them apart.
  for (const unit of [tree.c2, tree.c4])
    await db().awardRecord.createMany({ data: Array.from({ length: 60 }, (_, i) => awardOf(unit, i, "Nguoi")) });
  officer = await createActor(tree.c1, ["OFFICER"]);
});

/** The sheet's data rows (below the "STT" header), as text. */
async function sheetRows(file: Buffer): Promise<string[][]> {
  const [sheet] = await readExcelFile(file);
  const rows = sheet!.data.map((row) => row.map((c) => (c === null ? "" : String(c))));
  return rows.slice(rows.findIndex((r) => r[0] === "STT") + 1);
}

describe("award history export, streamed", () => {
  it("holds the commune's 1 200 awards once each, in order, and nobody else's", async () => {
    const rows = await sheetRows(await awardHistoryXlsx(officer, {}));
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: COUNT }, (_, i) => String(i + 1)));
    // Every decision number of the commune exactly once: no row lost or repeated at a batch boundary.
    const numbers = rows.map((r) => r[6]!);
    expect(new Set(numbers).size).toBe(COUNT);
    expect(numbers.every((n) => n.endsWith("/QĐ-Nguoi"))).toBe(true);
    expect(rows.every((r) => r[3] === tree.c1.name)).toBe(true);
    // Newest year first, then by name (names are ASCII, so any collation orders them alike).
    const expected = Array.from({ length: COUNT }, (_, i) => awardOf(tree.c1, i, "Nguoi"))
      .map((a) => `${a.year} ${a.label}`)
      .sort((a, b) => Number(b.slice(0, 4)) - Number(a.slice(0, 4)) || (a < b ? -1 : a > b ? 1 : 0));
    expect(rows.map((r) => `${r[5]} ${r[1]}`)).toEqual(expected);
  });
});

describe("award export isolation", () => {
  it("accounts of a sibling commune and of another province read none of the commune's awards", async () => {
    for (const unit of [tree.c2, tree.c4, tree.d2]) {
      const outsider = await createActor(unit, ["OFFICER", "ADMIN", "REVIEWER", "CHAIR"]);
      const seen: string[] = [];
      for await (const batch of exportAwardBatches(outsider, {}, 7)) seen.push(...batch.map((a) => a.unitId));
      expect(seen.filter((u) => u === tree.c1.id)).toEqual([]);
    }
    // Positive control: the district above reads them, batch by batch (small batches, many boundaries).
    const districtChair = await createActor(tree.d1, ["CHAIR"]);
    const ids: string[] = [];
    for await (const batch of exportAwardBatches(districtChair, {}, 7)) ids.push(...batch.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(COUNT + 60);
  });
});
