import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { StaleRowError, STALE_ROW_MESSAGE } from "@/domain/stale-row";
import { ZPlanInput, type TPlan } from "@/schemas/plan";
import { ZCouncilRules } from "@/schemas/council";
import { ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import { createOrganisation, updateOrganisation } from "@/server/data/organisations";
import { createPerson, updatePerson } from "@/server/data/people";
import { createDiscipline, updateDiscipline } from "@/server/data/disciplines";
import { createHold, updateHold } from "@/server/data/achievements";
import { amendPlan, createPlan, transitionPlan, updatePlan } from "@/server/data/plans";
import { saveCouncilRules } from "@/server/data/councils";
import { findOwnProvinceRules, saveProvinceRules, saveProvinceTitleRule } from "@/server/data/province-rules";
import { findMyRegistration, saveMyRegistration } from "@/server/data/registrations";
import { setAllocations } from "@/server/data/quotas";
import { createActor, createTree, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * Optimistic concurrency on every edit form (issue 14, point 4): two tabs load one row, both save;
 * the second is refused with "Bản ghi đã được người khác sửa…" and the row as the first left it
 * (nothing silently lost), then saves again against the new version. 50 saves of one row at the
 * same moment: one wins, 49 are refused quickly.
 */

/** The refusal a stale save must give: the message, and the row's current values and version. */
async function stale(save: Promise<unknown>) {
  const error = await save.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StaleRowError);
  expect((error as StaleRowError).message).toBe(STALE_ROW_MESSAGE);
  return (error as StaleRowError).current;
}

const planInput = (title: string): TPlan =>
  ZPlanInput.parse({
    kind: "ANNUAL",
    title,
    place: "Xã",
    symbol: "KH-UBND",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
    bases: [],
    purposes: ["Mục đích"],
    requirements: [],
    slogan: "",
    contents: ["Nội dung"],
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "Giấy khen của Chủ tịch UBND xã",
        authority: "Chủ tịch UBND xã",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: 3,
        subQuotas: [],
        criteria: ["Hoàn thành xuất sắc nhiệm vụ"],
        cashValue: "",
        dossier: [],
      },
    ],
    registrationItems: [],
    registrationDeadline: "",
    dossierDeadline: "",
    phases: [],
    budgetSource: "",
    rewardRules: "",
    duties: [],
    recipients: ["Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Người Ký",
  });

describe("two tabs saving one row: the second is refused with the current values", () => {
  it("organisation", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const org = await createOrganisation(officer, { name: `Hội Phụ nữ ${uid()}`, kind: "DOAN_THE", active: true });
    const first = { name: `${org.name} xã`, kind: "DOAN_THE" as const, active: true, headPersonId: "" };
    const second = { name: org.name, kind: "DOAN_THE" as const, active: false, headPersonId: "" };
    await updateOrganisation(officer, org.id, first, org.rowVersion);
    const current = await stale(updateOrganisation(officer, org.id, second, org.rowVersion));
    expect(current).toEqual({ values: first, rowVersion: org.rowVersion + 1 });
    // The first save is intact; the second, made again against the version shown, goes through.
    expect(await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ name: first.name });
    await updateOrganisation(officer, org.id, second, current.rowVersion!);
    expect(await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      active: false,
      rowVersion: 2,
    });
  });

  it("person", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const input = {
      fullName: "Trần Thị Hoa",
      dateOfBirth: "1985-03-02",
      gender: "NU" as const,
      staffKind: "CONG_CHUC" as const,
      position: "Công chức văn phòng",
      organisationId: "",
      partyMember: false,
    };
    const person = await createPerson(officer, input);
    await updatePerson(officer, person.id, { ...input, position: "Phó Chủ tịch" }, 0);
    const current = await stale(updatePerson(officer, person.id, { ...input, partyMember: true }, 0));
    expect(current).toEqual({ values: { ...input, position: "Phó Chủ tịch" }, rowVersion: 1 });
  });

  it("discipline record and complaint (hold)", async () => {
    const { c1 } = await createTree();
    const admin = await createActor(c1, ["ADMIN"]);
    const person = await createPerson(admin, {
      fullName: "Lê Văn Nam",
      dateOfBirth: "1980-01-01",
      gender: "NAM",
      staffKind: "CONG_CHUC",
      position: "Công chức",
      organisationId: "",
      partyMember: false,
    });
    const record = {
      status: "DECIDED" as const,
      level: "KHIEN_TRACH" as const,
      decisionNumber: "12/QĐ-UBND",
      reason: "Vi phạm quy chế",
      effectiveFrom: "2025-01-01",
      effectiveTo: "",
    };
    const d = await createDiscipline(admin, person.id, record);
    await updateDiscipline(admin, d.id, { ...record, effectiveTo: "2025-12-31" }, 0);
    const current = await stale(updateDiscipline(admin, d.id, { ...record, reason: "Lý do khác" }, 0));
    expect(current).toMatchObject({ values: { effectiveTo: "2025-12-31", reason: "Vi phạm quy chế" }, rowVersion: 1 });

    const hold = { kind: "COMPLAINT" as const, note: "Đơn khiếu nại", openedOn: "2025-02-01", closedOn: "" };
    await createHold(admin, { personId: person.id }, hold);
    const h = await db().reviewHold.findFirstOrThrow({ where: { personId: person.id } });
    await updateHold(admin, h.id, { ...hold, closedOn: "2025-03-01" }, 0);
    expect(await stale(updateHold(admin, h.id, { ...hold, note: "Sửa nội dung" }, 0))).toEqual({
      values: { ...hold, closedOn: "2025-03-01" },
      rowVersion: 1,
    });
  });

  it("draft plan, and the amendment of an issued one", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER", "CHAIR"]);
    const draft = await createPlan(officer, planInput("Kế hoạch A"));
    await updatePlan(officer, draft.id, planInput("Kế hoạch A (sửa lần 1)"), draft.rowVersion);
    const current = await stale(updatePlan(officer, draft.id, planInput("Kế hoạch A (tab kia)"), draft.rowVersion));
    expect(current).toMatchObject({ values: { title: "Kế hoạch A (sửa lần 1)" }, rowVersion: 1 });

    const issued = await transitionPlan(officer, draft.id, "issue", { issuedOn: "2026-01-05" });
    await amendPlan(officer, draft.id, planInput("Kế hoạch A (sửa đổi)"), "Sửa đổi lần một", issued.rowVersion);
    await stale(amendPlan(officer, draft.id, planInput("Kế hoạch A (khác)"), "Sửa đổi khác", issued.rowVersion));
    expect(await db().planRevision.count({ where: { planId: draft.id } })).toBe(2); // issue + one amendment
  });

  it("council rules and a province's rules, including the first save of each", async () => {
    const { d1, p1 } = await createTree();
    const officer = await createActor(d1, ["OFFICER"]);
    const rules = (name: string) =>
      ZCouncilRules.parse({
        name,
        quorumNumerator: "",
        quorumDenominator: "",
        thresholdPercent: 50,
        thresholdStrict: true,
        countsWrittenOpinions: "",
      });
    await saveCouncilRules(officer, rules("Hội đồng huyện"), null);
    // Another tab also loaded the page before any council existed.
    expect(await stale(saveCouncilRules(officer, rules("Hội đồng khác"), null))).toMatchObject({
      values: { name: "Hội đồng huyện" },
      rowVersion: 0,
    });
    await saveCouncilRules(officer, rules("Hội đồng Thi đua – Khen thưởng huyện"), 0);
    await stale(saveCouncilRules(officer, rules("Tên cũ"), 0));

    const province = await createActor(p1, ["OFFICER"]);
    const decision = (n: string) =>
      ZProvinceRules.parse({
        decisionNumber: n,
        decisionDate: "2025-08-20",
        effectiveFrom: "2025-09-01",
        quorumNumerator: "",
        quorumDenominator: "",
        countsWrittenOpinions: "",
        communeMayOverride: [],
      });
    await saveProvinceRules(province, decision("86/2025/QĐ-UBND"), null);
    const own = await findOwnProvinceRules(province);
    await saveProvinceRules(province, decision("87/2025/QĐ-UBND"), own!.rowVersion);
    expect(await stale(saveProvinceRules(province, decision("88/2025/QĐ-UBND"), own!.rowVersion))).toMatchObject({
      values: { decisionNumber: "87/2025/QĐ-UBND" },
      rowVersion: 1,
    });

    // One title's rule: the form that adds it replaces whatever is there; the edit form compares versions.
    const title = (percent: string) =>
      ZProvinceTitleRule.parse({
        catalogueCode: "CSTD_CS",
        thresholdPercent: percent,
        thresholdStrict: false,
        capPercent: "",
        memberSharePercent: "",
        memberTitleCode: "",
        criteria: "",
        dossier: "",
      });
    await saveProvinceTitleRule(province, title("80"));
    await saveProvinceTitleRule(province, title("85"), 0);
    expect(await stale(saveProvinceTitleRule(province, title("90"), 0))).toMatchObject({
      values: { thresholdPercent: 85 },
      rowVersion: 1,
    });
  });

  it("a unit's registration table and an award form's allocations", async () => {
    const { tree, chair, plan, formId } = await districtPlan({ quota: 5, dossier: false });
    await db().plan.update({ where: { id: plan.id }, data: { registrationItems: ["LDTT"] } });
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const row = (commitment: string) => ({ kind: "COLLECTIVE" as const, items: ["LDTT"], commitment });
    await saveMyRegistration(officer, plan.id, [row("Bảng của tab một")], new Date(), null);
    const current = await stale(saveMyRegistration(officer, plan.id, [row("Bảng của tab hai")], new Date(), null));
    expect(current).toMatchObject({ values: { rows: [{ commitment: "Bảng của tab một" }] }, rowVersion: 0 });
    await saveMyRegistration(officer, plan.id, [row("Tab hai, lưu lại")], new Date(), 0);
    expect((await findMyRegistration(officer, plan.id)).registration?.rowVersion).toBe(1);

    const reviewer = await createActor(tree.d1, ["REVIEWER"]);
    await setAllocations(reviewer, formId, [{ unitId: tree.c1.id, category: "", quantity: 3 }], 0);
    expect(await stale(setAllocations(chair, formId, [{ unitId: tree.c2.id, category: "", quantity: 2 }], 0))).toEqual({
      values: { allocations: [{ unitId: tree.c1.id, category: "", quantity: 3 }] },
      rowVersion: 1,
    });
  });
});

describe("contended saves answer quickly", () => {
  // What this guards against is saves queueing behind one another's row lock (a transaction may run
  // 20 s); 5 s still tells that apart, and leaves room for a busy 2-core machine, where 2 s was tight.
  it("50 parallel saves of one organisation: 1 succeeds, 49 are refused as stale, all within 5 s", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const org = await createOrganisation(officer, { name: `Đoàn Thanh niên ${uid()}`, kind: "DOAN_THE", active: true });
    const t0 = Date.now();
    const timed = async (i: number) => {
      const start = Date.now();
      const outcome = await updateOrganisation(
        officer,
        org.id,
        { name: `${org.name} ${i}`, kind: "DOAN_THE", active: true, headPersonId: "" },
        org.rowVersion,
      ).then(
        () => "saved",
        (e: unknown) => (e instanceof StaleRowError ? "stale" : `other: ${String(e)}`),
      );
      return { outcome, ms: Date.now() - start };
    };
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => timed(i)));
    const wall = Date.now() - t0;
    expect(results.filter((r) => r.outcome === "saved")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "stale")).toHaveLength(49);
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(5_000);
    expect(wall).toBeLessThan(5_000);
    expect(await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({ rowVersion: 1 });
  });
});
