import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import {
  deleteProvinceTitleRule,
  findOwnProvinceRules,
  findRulesOfMyProvince,
  saveProvinceRules,
  saveProvinceTitleRule,
} from "@/server/data/province-rules";
import { findEffectiveCouncilRules } from "@/server/data/council-effective-rules";
import type { RoleCode } from "@/domain/auth/permissions";
import { createActor, createTree } from "../support/factories";

/**
 * The tenant wall around a province's rules (ProvinceRules, with their ProvinceTitleRule rows): only
 * the province's own office changes them; its communes read them; another province, its districts
 * and communes, with every role, neither read nor change them.
 */

const EVERY_ROLE: RoleCode[] = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"];
const RULES = ZProvinceRules.parse({
  decisionNumber: "86/2025/QĐ-UBND",
  decisionDate: "2025-08-20",
  effectiveFrom: "2025-09-01",
  quorumNumerator: 4,
  quorumDenominator: 5,
  countsWrittenOpinions: "",
  communeMayOverride: [],
});
const TITLE = ZProvinceTitleRule.parse({
  catalogueCode: "CSTD_CS",
  thresholdPercent: 90,
  thresholdStrict: false,
  capPercent: "",
  memberSharePercent: "",
  memberTitleCode: "",
  criteria: [],
  dossier: [],
});

describe("a province's rules stay the province's", () => {
  it("refuses reads and writes from other units, whatever their roles", async () => {
    const tree = await createTree();
    const office = await createActor(tree.p2, ["OFFICER"]);
    await saveProvinceRules(office, RULES);
    await saveProvinceTitleRule(office, TITLE);
    const row = await db().provinceRules.findFirstOrThrow({ where: { unitId: tree.p2.id }, include: { titles: true } });
    const titleId = row.titles[0]!.id;

    // Another province, and the districts and communes below it.
    for (const unit of [tree.p1, tree.d1, tree.c1, tree.c3]) {
      const outsider = await createActor(unit, EVERY_ROLE);
      expect(await findRulesOfMyProvince(outsider)).toBeNull();
      const own = unit === tree.p1 ? await findOwnProvinceRules(outsider) : null;
      expect(own).toBeNull();
      if (unit !== tree.p1) await expect(findOwnProvinceRules(outsider)).rejects.toMatchObject({ kind: "forbidden" });
      const effective = await findEffectiveCouncilRules(outsider);
      expect(effective.province).toBeNull();
      expect(effective.titles.find((t) => t.code === "CSTD_CS")!.rules.threshold.source).toBe("NATIONAL");
      await expect(deleteProvinceTitleRule(outsider, titleId)).rejects.toMatchObject({
        kind: unit === tree.p1 ? "not_found" : "forbidden",
      });
      await expect(saveProvinceTitleRule(outsider, TITLE)).rejects.toMatchObject({
        kind: unit === tree.p1 ? "not_found" : "forbidden",
      });
    }
    // Another province's office saves its own rules, never P2's.
    await saveProvinceRules(await createActor(tree.p1, ["ADMIN"]), { ...RULES, decisionNumber: "01/2026/QĐ-UBND" });

    // P2's own commune reads them but cannot change them.
    const commune = await createActor(tree.c4, EVERY_ROLE);
    expect(await findRulesOfMyProvince(commune)).toMatchObject({ decisionNumber: "86/2025/QĐ-UBND" });
    await expect(saveProvinceRules(commune, RULES)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(saveProvinceTitleRule(commune, TITLE)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(deleteProvinceTitleRule(commune, titleId)).rejects.toMatchObject({ kind: "forbidden" });

    const after = await db().provinceRules.findFirstOrThrow({
      where: { unitId: tree.p2.id },
      include: { titles: true },
    });
    expect(after).toMatchObject({ decisionNumber: "86/2025/QĐ-UBND", quorumNumerator: 4 });
    expect(after.titles).toHaveLength(1);
    // The province's reviewer reads its rules; only its administrator and officer change them.
    const reviewer = await createActor(tree.p2, ["REVIEWER"]);
    expect((await findOwnProvinceRules(reviewer))?.rules.decisionNumber).toBe("86/2025/QĐ-UBND");
    await expect(deleteProvinceTitleRule(reviewer, titleId)).rejects.toMatchObject({ kind: "forbidden" });
  });
});
