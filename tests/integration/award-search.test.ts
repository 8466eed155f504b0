/**
 * Award records and decisions are searched without diacritics, as people and plans are, on a stored,
 * trigram-indexed search column that the DATABASE writes (triggers of the award_search_text
 * migration through thidua_search_text): "nguyen van a" finds the awards of "Nguyễn Văn A" in the
 * award history (searchAwards), "giay khen chu tich" the decision of "Giấy khen của Chủ tịch UBND
 * huyện" in the header's search (searchInScope). thidua_search_text, the SQL twin of toSearchText,
 * folds awkward text (upper case, "Đ", text typed decomposed, doubled spaces) as toSearchText does;
 * the migration's back-fill uses it too. And the unit's decisions list counts the awards of the listed
 * decisions only.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { AWARD_SORT_KEYS, searchAwards } from "@/server/data/awards";
import { searchInScope } from "@/server/data/search";
import { listDecisionsOfMyUnit } from "@/server/data/issued-documents";
import { parseTableParams } from "@/lib/table-params";
import { toSearchText } from "@/domain/text/vietnamese";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createUnit, uid, type TestUnit } from "../support/factories";
import { districtPlan } from "../support/district-plan";

function award(unit: TestUnit, label: string, name: string) {
  return {
    unitId: unit.id,
    kind: "INDIVIDUAL" as const,
    label,
    name,
    year: 2025,
    decisionNumber: "12/QĐ-UBND",
    decidedOn: new Date(Date.UTC(2025, 11, 20)),
    conferredBy: "Chủ tịch UBND",
    source: "ENTERED" as const,
  };
}

const labelsFound = async (actor: Actor, q: string) =>
  (
    await searchAwards(
      actor,
      parseTableParams({ q, "so-dong": "100" }, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year", defaultDir: "desc" }),
    )
  ).rows
    .map((r) => `${r.label} · ${r.name}`)
    .sort();

describe("award history searched without diacritics", () => {
  let commune: TestUnit;
  let officer: Actor;

  beforeAll(async () => {
    commune = await createUnit(`Xã Tìm Khen ${uid()}`, "XA", null);
    officer = await createActor(commune, ["OFFICER"]);
    await db().awardRecord.createMany({
      data: [
        award(commune, "Nguyễn Văn A", "Giấy khen của Chủ tịch UBND huyện"),
        award(commune, "Nguyễn Văn Anh", "Lao động tiên tiến"),
        award(commune, "Trần Thị Bình", "Bằng khen của Chủ tịch UBND tỉnh"),
        award(commune, "Trường Tiểu học Đồng Tâm", "Tập thể lao động tiên tiến"),
      ],
    });
  });

  it("the database writes each record's search text from the awardee's and the award's names", async () => {
    const rows = await db().awardRecord.findMany({ where: { unitId: commune.id }, orderBy: { label: "asc" } });
    for (const row of rows) expect(row.searchText, row.label).toBe(toSearchText(`${row.label} ${row.name}`));
    // A value sent by the app is replaced; a change of name rewrites it.
    const bình = rows.find((r) => r.label === "Trần Thị Bình")!;
    const changed = await db().awardRecord.update({
      where: { id: bình.id },
      data: { label: "Trần Thị Bính", searchText: "sai" },
    });
    expect(changed.searchText).toBe("tran thi binh bang khen cua chu tich ubnd tinh");
    await db().awardRecord.update({ where: { id: bình.id }, data: { label: "Trần Thị Bình" } });
  });

  it("finds the awardee's name typed without diacritics, in any case", async () => {
    expect(await labelsFound(officer, "nguyen van a")).toEqual([
      "Nguyễn Văn A · Giấy khen của Chủ tịch UBND huyện",
      "Nguyễn Văn Anh · Lao động tiên tiến",
    ]);
    expect(await labelsFound(officer, "NGUYỄN VĂN ANH")).toEqual(["Nguyễn Văn Anh · Lao động tiên tiến"]);
    expect(await labelsFound(officer, "dong tam")).toEqual(["Trường Tiểu học Đồng Tâm · Tập thể lao động tiên tiến"]);
  });

  it("finds the award's name too", async () => {
    expect(await labelsFound(officer, "bang khen")).toEqual(["Trần Thị Bình · Bằng khen của Chủ tịch UBND tỉnh"]);
    expect(await labelsFound(officer, "lao dong tien tien")).toEqual([
      "Nguyễn Văn Anh · Lao động tiên tiến",
      "Trường Tiểu học Đồng Tâm · Tập thể lao động tiên tiến",
    ]);
    expect(await labelsFound(officer, "chien si thi dua")).toEqual([]);
  });

  it("another unit searching the same names finds none of them", async () => {
    const stranger = await createActor(await createUnit(`Xã Khác ${uid()}`, "XA", null), ["OFFICER", "CHAIR"]);
    expect(await labelsFound(stranger, "nguyen van a")).toEqual([]);
  });
});

describe("decisions in the header's search, without diacritics", () => {
  let world: Awaited<ReturnType<typeof districtPlan>>;
  let decisionId: string;

  beforeAll(async () => {
    world = await districtPlan({ quota: 2 });
    const round = await db().awardRound.findFirstOrThrow({ where: { awardFormId: world.formId } });
    const decision = await db().awardDecision.create({
      data: {
        unitId: world.tree.d1.id,
        planId: world.plan.id,
        awardFormId: world.formId,
        roundId: round.id,
        formName: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện",
        amountBasis: "",
        number: "07",
        numberYear: 2026,
        decidedOn: new Date(Date.UTC(2026, 10, 20)),
        signerName: "Người Ký",
        budgetSource: "",
        total: 0,
      },
    });
    decisionId = decision.id;
  }, 120_000);

  const decisionsFound = async (actor: Actor, q: string) =>
    (await searchInScope(actor, q))?.decisions.rows.map((d) => d.id) ?? [];

  it("the database writes the decision's search text from its form's name", async () => {
    const row = await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(row.searchText).toBe("giay khen cua chu tich ubnd huyen");
  });

  it("'giay khen chu tich' (no accents, any case) finds the decision, as does its number", async () => {
    for (const q of [
      "giay khen cua chu tich",
      "GIẤY KHEN",
      "Giấy khen của Chủ tịch",
      "chu tich ubnd huyen",
      "7/QĐ-UBND",
    ])
      expect(await decisionsFound(world.chair, q), q).toEqual([decisionId]);
    expect(await decisionsFound(world.chair, "bang khen")).toEqual([]);
  });

  it("the unit's decisions list counts each listed decision's awards (a groupBy over the listed ids)", async () => {
    const commune = await createUnit(`Xã Được Khen ${uid()}`, "XA", world.tree.d1);
    await db().awardRecord.createMany({
      data: ["Lê Văn Một", "Lê Văn Hai"].map((label) => ({
        ...award(commune, label, "Giấy khen của Chủ tịch UBND huyện"),
        source: "DECISION" as const,
        decisionId,
      })),
    });
    const listed = await listDecisionsOfMyUnit(world.chair);
    expect(listed.find((d) => d.id === decisionId)).toMatchObject({ number: "07", awards: 2 });
  });

  it("another district's chair finds nothing for the same words", async () => {
    const other = await createActor(await createUnit(`Huyện Khác ${uid()}`, "HUYEN", null), ["CHAIR"]);
    expect(await decisionsFound(other, "giay khen cua chu tich")).toEqual([]);
  });
});

describe("thidua_search_text folds as toSearchText does", () => {
  it("on upper case, Đ, decomposed text, tabs and doubled spaces", async () => {
    const texts = [
      "NGUYỄN VĂN ĐỨC",
      "Giấy khen  của\tChủ tịch UBND huyện ",
      "Đẩy mạnh ứng dụng, chuyển đổi số; Ưu tiên Ỷ Lan, Ỹ, Ựa",
      "Trần Thị Bích Ngọc".normalize("NFD"),
      "Lê Thị Hồng Nhung – “Chiến sĩ thi đua”",
    ];
    for (const text of texts) {
      const [row] = await db().$queryRaw<{ folded: string }[]>`SELECT thidua_search_text(${text}) AS folded`;
      expect(row!.folded, text).toBe(toSearchText(text));
    }
  });
});
