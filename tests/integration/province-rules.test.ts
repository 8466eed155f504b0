import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import { ZCouncilRules } from "@/schemas/council";
import {
  findOwnProvinceRules,
  findRulesOfMyProvince,
  saveProvinceRules,
  saveProvinceTitleRule,
} from "@/server/data/province-rules";
import { findEffectiveCouncilRules } from "@/server/data/council-effective-rules";
import { saveCouncilRules, saveCouncilThreshold } from "@/server/data/councils";
import { findMeeting, openBallot, openSession } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import { decideItem, signDecision } from "@/server/data/decisions";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createTree } from "../support/factories";
import { communeCampaign } from "../support/commune-campaign";

/**
 * A province's rules for commune-level work (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm c) reach its
 * communes' councils; where it has set nothing, NĐ 98/2023/NĐ-CP Điều 30 khoản 7 applies (80 % for
 * CSTĐ cơ sở, on the whole membership); a commune overrides only what its province allows.
 */

const rules = (overrides: Partial<Record<string, unknown>> = {}) =>
  ZProvinceRules.parse({
    decisionNumber: "86/2025/QĐ-UBND",
    decisionDate: "2025-08-20",
    effectiveFrom: "2025-09-01",
    quorumNumerator: "4",
    quorumDenominator: "5",
    countsWrittenOpinions: "true",
    communeMayOverride: ["QUORUM"],
    ...overrides,
  });
const cstd = (percent: string) =>
  ZProvinceTitleRule.parse({
    catalogueCode: "CSTD_CS",
    thresholdPercent: percent,
    thresholdStrict: false,
    capPercent: "",
    memberSharePercent: "",
    memberTitleCode: "",
    criteria: ["Có sáng kiến được công nhận."],
    dossier: ["Báo cáo thành tích (Mẫu số 05)"],
  });
const councilRules = (input: Record<string, unknown>) =>
  ZCouncilRules.parse({
    name: "Hội đồng Thi đua - Khen thưởng xã",
    quorumNumerator: "",
    quorumDenominator: "",
    thresholdPercent: 50,
    thresholdStrict: true,
    countsWrittenOpinions: "",
    ...input,
  });

describe("a province's rules, inherited by its communes", () => {
  it("are read by the commune's council with their source, figure by figure", async () => {
    const tree = await createTree();
    const province = await createActor(tree.p2, ["OFFICER"]);
    const communeChair = await createActor(tree.c4, ["CHAIR"]);
    await saveProvinceRules(province, rules());
    await saveProvinceTitleRule(province, cstd("90"));

    const own = await findOwnProvinceRules(province);
    expect(own?.rules).toMatchObject({ decisionNumber: "86/2025/QĐ-UBND", provinceName: tree.p2.name });
    expect(await findRulesOfMyProvince(communeChair)).toMatchObject({ decisionNumber: "86/2025/QĐ-UBND" });

    const effective = await findEffectiveCouncilRules(communeChair);
    expect(effective.session.quorum).toMatchObject({ value: { numerator: 4, denominator: 5 }, source: "PROVINCE" });
    const row = effective.titles.find((t) => t.code === "CSTD_CS")!;
    expect(row.rules.threshold).toMatchObject({ value: { percent: 90, strict: false }, source: "PROVINCE" });
    expect(row.rules.threshold.basis).toContain("Quyết định số 86/2025/QĐ-UBND ngày 20/08/2025");
    expect(row.rules.dossier?.value).toEqual(["Báo cáo thành tích (Mẫu số 05)"]);
    // Titles the province did not set keep the decree's figure.
    expect(effective.titles.find((t) => t.code === "CSTD_TINH")!.rules.threshold.source).toBe("NATIONAL");
  });

  it("default to NĐ 98/2023 Điều 30 khoản 7 where the province has issued none", async () => {
    const tree = await createTree();
    const effective = await findEffectiveCouncilRules(await createActor(tree.c4, ["OFFICER"]));
    expect(effective.issued).toBeNull();
    expect(effective.titles.find((t) => t.code === "CSTD_CS")!.rules.threshold).toMatchObject({
      value: { percent: 80, strict: false },
      source: "NATIONAL",
      basis: "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7",
    });
    expect(effective.session.countsWrittenOpinions).toMatchObject({ value: true, source: "NATIONAL" });
    expect(effective.session.quorum.source).toBe("USUAL");
  });

  it("are only the province's to keep: a commune cannot save them, a district and the province itself inherit none", async () => {
    const tree = await createTree();
    const commune = await createActor(tree.c4, ["ADMIN", "OFFICER"]);
    await expect(saveProvinceRules(commune, rules())).rejects.toMatchObject({ kind: "forbidden" });
    await expect(saveProvinceRules(await createActor(tree.p2, ["REVIEWER"]), rules())).rejects.toMatchObject({
      kind: "forbidden",
    });
    const province = await createActor(tree.p1, ["ADMIN"]);
    await saveProvinceRules(province, rules());
    expect(await findRulesOfMyProvince(await createActor(tree.d1, ["CHAIR"]))).toBeNull();
    expect(await findRulesOfMyProvince(province)).toBeNull();
    // A commune of the three-level tree below P1 inherits P1's rules (its province is the root of its path).
    expect(await findRulesOfMyProvince(await createActor(tree.c1, ["OFFICER"]))).not.toBeNull();
  });

  it("let a commune override what they allow, and refuse the rest by field", async () => {
    const tree = await createTree();
    const province = await createActor(tree.p2, ["ADMIN"]);
    const chair = await createActor(tree.c4, ["CHAIR"]);
    await saveProvinceRules(province, rules({ communeMayOverride: ["QUORUM"] }));
    await saveProvinceTitleRule(province, cstd("90"));

    await saveCouncilRules(chair, councilRules({ quorumNumerator: "2", quorumDenominator: "3" }));
    const effective = await findEffectiveCouncilRules(chair);
    expect(effective.session.quorum).toMatchObject({ value: { numerator: 2, denominator: 3 }, source: "COUNCIL" });

    await expect(saveCouncilRules(chair, councilRules({ countsWrittenOpinions: "false" }))).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { countsWrittenOpinions: expect.stringContaining("86/2025/QĐ-UBND") },
    });
    await expect(
      saveCouncilThreshold(chair, { catalogueCode: "CSTD_CS", percent: 60, strict: false }),
    ).rejects.toMatchObject({ kind: "validation", fieldErrors: { percent: expect.stringContaining("không cho") } });
    expect(await db().councilThreshold.count({ where: { council: { unitId: tree.c4.id } } })).toBe(0);

    // Once the province allows vote shares, the commune's own share is saved and applies.
    await saveProvinceRules(province, rules({ communeMayOverride: ["QUORUM", "THRESHOLDS"] }));
    await saveCouncilThreshold(chair, { catalogueCode: "CSTD_CS", percent: 85, strict: false });
    const after = await findEffectiveCouncilRules(chair);
    expect(after.titles.find((t) => t.code === "CSTD_CS")!.rules.threshold).toMatchObject({
      value: { percent: 85 },
      source: "COUNCIL",
    });
  });

  it("apply from their effective day only", async () => {
    const tree = await createTree();
    const province = await createActor(tree.p2, ["ADMIN"]);
    await saveProvinceRules(province, rules({ decisionDate: "2099-01-01", effectiveFrom: "2099-02-01" }));
    const effective = await findEffectiveCouncilRules(await createActor(tree.c4, ["OFFICER"]));
    expect(effective.issued?.effectiveFrom).toBe("2099-02-01");
    expect(effective.province).toBeNull();
  });
});

describe("the province's share cap", () => {
  it("bounds a commune's proposals for CSTĐ cơ sở where the plan sets none (the law sets none)", async () => {
    const capped = ZProvinceTitleRule.parse({
      catalogueCode: "CSTD_CS",
      thresholdPercent: "",
      thresholdStrict: false,
      capPercent: "30",
      memberSharePercent: "",
      memberTitleCode: "",
      criteria: [],
      dossier: [],
    });
    await expect(
      communeCampaign({
        seats: 3,
        provinceRules: async (office) => {
          await saveProvinceRules(office, rules());
          await saveProvinceTitleRule(office, capped);
        },
      }),
    ).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("Vượt tỷ lệ 30%") });
  });
});

describe("the ballot of a commune council follows the effective rules", () => {
  async function vote(c: Awaited<ReturnType<typeof communeCampaign>>, meetingId: string, agreeing: Actor[]) {
    const seats = (await findMeeting(c.secretary, meetingId)).seats;
    await openSession(
      c.secretary,
      meetingId,
      seats.map((s) => s.id),
    );
    await openBallot(c.secretary, meetingId);
    const [item] = (await findMeeting(c.secretary, meetingId)).items;
    for (const m of agreeing) await castVotes(m, meetingId, [{ itemId: item!.id, choice: "AGREE" }]);
    await closeBallot(c.secretary, meetingId);
    return (await findMeeting(c.chair, meetingId)).items[0]!;
  }

  it("4 of 5 fail under the province's 90 % for CSTĐ cơ sở, and the meeting says why", async () => {
    const c = await communeCampaign({ seats: 5 });
    await saveProvinceRules(c.provinceOffice, rules());
    await saveProvinceTitleRule(c.provinceOffice, cstd("90"));
    const meeting = await c.schedule();
    const item = await vote(c, meeting.id, c.members.slice(0, 4));
    expect(item).toMatchObject({ thresholdPercent: 90, thresholdStrict: false, result: "FAILED" });
    expect(item.thresholdBasis).toContain("86/2025/QĐ-UBND");
    expect(item.tally).toMatchObject({ agreeing: 4, seats: 5, passed: false });
    const opened = await db().councilMeeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(opened).toMatchObject({ quorumRequired: 4, quorumRule: "4/5 tổng số thành viên" });
    expect(opened.quorumBasis).toContain("86/2025/QĐ-UBND");
  });

  it("4 of 5 pass under the decree's 80 % where the province is silent; the commune chair then confers CSTĐ cơ sở in 2026", async () => {
    const c = await communeCampaign({ seats: 5 });
    const meeting = await c.schedule();
    const item = await vote(c, meeting.id, c.members.slice(0, 4));
    expect(item).toMatchObject({
      thresholdPercent: 80,
      thresholdBasis: "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7",
      result: "PASSED",
    });
    await decideItem(c.chair, item.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: "2026-11-20",
      signerName: "Chủ Tịch Xã",
      budgetSource: "",
    });
    expect(await db().awardRecord.findFirstOrThrow({ where: { decisionId: decision.id } })).toMatchObject({
      personId: c.person.id,
      catalogueCode: "CSTD_CS",
      amount: 2_530_000,
    });
  });
});
