import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ZPlanInput, type TPlan } from "@/schemas/plan";
import { amendPlan, cascadePlan, createPlan, transitionPlan, updatePlan } from "@/server/data/plans";
import { findPlan, listPlans } from "@/server/data/plan-reads";
import { parseTableParams } from "@/lib/table-params";
import { createActor, createTree } from "../support/factories";

const plan = (over: Partial<TPlan> = {}): TPlan =>
  ZPlanInput.parse({
    kind: "ANNUAL",
    title: "Phát động phong trào thi đua cải cách hành chính năm 2024",
    place: "Cổ Lễ",
    symbol: "KH-UBND",
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
    bases: [{ text: "Kế hoạch số 08/KH-UBND ngày 15/01/2024 của UBND thị trấn về cải cách hành chính năm 2024" }],
    purposes: ["Phát huy truyền thống yêu nước"],
    requirements: [],
    slogan: "",
    contents: ["Thi đua nâng cao trách nhiệm của người đứng đầu"],
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện",
        conferral: "OWN",
        recipientKind: "COLLECTIVE",
        quota: 5,
        subQuotas: [
          { category: "Phòng, ban", quota: 2 },
          { category: "Xã, thị trấn", quota: 3 },
        ],
        criteria: ["Hoàn thành xuất sắc nhiệm vụ"],
        cashValue: "",
        dossier: [{ name: "Báo cáo thành tích", template: "Mẫu số 03, Nghị định 98/2023/NĐ-CP", copies: 1 }],
      },
      {
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: 10,
        subQuotas: [],
        criteria: ["Hoàn thành tốt nhiệm vụ"],
        cashValue: 300000,
        dossier: [],
      },
    ],
    registrationDeadline: "2024-04-26",
    dossierDeadline: "2024-11-10",
    phases: [],
    budgetSource: "Quỹ thi đua, khen thưởng",
    rewardRules: "",
    duties: [{ assignee: "Phòng Nội vụ", tasks: ["Đôn đốc, kiểm tra"] }],
    recipients: ["Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Nguyễn Văn Tuấn",
    ...over,
  });

const params = parseTableParams(
  {},
  { sortKeys: ["updatedAt"] as const, defaultSort: "updatedAt", defaultPageSize: 100 },
);

describe("plans (issue 3)", () => {
  it("stores every part and reads it back in order", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(officer, plan());
    const read = await findPlan(officer, created.id);
    expect(read.status).toBe("DRAFT");
    expect(read.awardForms.map((f) => [f.recipientKind, f.quota, f.cashValue])).toEqual([
      ["COLLECTIVE", 5, null],
      ["INDIVIDUAL", 10, 300000],
    ]);
    expect(read.awardForms[0]!.subQuotas.map((q) => q.quota)).toEqual([2, 3]);
    expect(read.awardForms[0]!.dossier[0]).toMatchObject({ name: "Báo cáo thành tích", copies: 1 });
    expect(read.duties[0]!.tasks).toEqual(["Đôn đốc, kiểm tra"]);
    expect(await db().auditEntry.count({ where: { entityId: created.id, entity: "Plan" } })).toBe(1);
  });

  it("keeps the award budget the plan states, beyond a billion đồng; an empty amount is none", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(officer, plan({ budgetAmount: 1_500_000_000 }));
    expect((await findPlan(officer, created.id)).budgetAmount).toBe(1_500_000_000);
    expect((await updatePlan(officer, created.id, plan(), created.rowVersion)).budgetAmount).toBeNull();
    const parse = (budgetAmount: unknown) => ZPlanInput.safeParse({ ...plan(), budgetAmount });
    expect(parse("").data?.budgetAmount).toBeUndefined();
    expect(parse("25000000").data?.budgetAmount).toBe(25_000_000);
    expect(parse("-1").error?.issues[0]?.message).toBe("Giá trị không được âm.");
    expect(parse("3000000000").error?.issues[0]?.message).toBe("Giá trị quá lớn.");
  });

  it("keeps award form ids across edits of a draft", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(officer, plan());
    const ids = created.awardForms.map((f) => f.id);
    const input = plan();
    input.awardForms = input.awardForms.map((f, i) => ({ ...f, id: ids[i], quota: 7 }));
    const updated = await updatePlan(officer, created.id, input, created.rowVersion);
    expect(updated.awardForms.map((f) => f.id)).toEqual(ids);
    expect(updated.awardForms.map((f) => f.quota)).toEqual([7, 7]);
  });

  it("refuses an issue by a non-chair with a clear message, and nothing changes", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const created = await createPlan(officer, plan());
    await expect(transitionPlan(officer, created.id, "issue")).rejects.toMatchObject({
      kind: "conflict",
      message: "Chỉ Chủ tịch (người đứng đầu) đơn vị mới được ban hành kế hoạch.",
    });
    const after = await db().plan.findUniqueOrThrow({ where: { id: created.id } });
    expect(after).toMatchObject({ status: "DRAFT", number: null, issuedOn: null, version: 0 });
  });

  it("issues with the next number of the year and the date, then is read-only except by amendment", async () => {
    const { c1 } = await createTree();
    const officer = await createActor(c1, ["OFFICER"]);
    const chair = await createActor(c1, ["CHAIR"]);
    const first = await createPlan(officer, plan());
    await transitionPlan(officer, first.id, "submit");
    const issued = await transitionPlan(chair, first.id, "issue", { issuedOn: "2024-02-20" });
    expect(issued).toMatchObject({ status: "ISSUED", number: "01", version: 1 });
    expect(issued.issuedOn?.toISOString().slice(0, 10)).toBe("2024-02-20");
    const second = await createPlan(officer, plan());
    // Numbers run per calendar year of issue (NĐ 30/2020, Phụ lục I): "1" is taken in 2024, free in 2025.
    await expect(
      transitionPlan(chair, second.id, "issue", { number: "1", issuedOn: "2024-03-01" }),
    ).rejects.toMatchObject({ fieldErrors: { number: "Số này đã được dùng." } });
    expect((await transitionPlan(chair, second.id, "issue", { number: "25", issuedOn: "2024-03-01" })).number).toBe(
      "25",
    );
    const third = await createPlan(officer, plan());
    expect((await transitionPlan(chair, third.id, "issue", { issuedOn: "2025-01-02" })).number).toBe("01");

    await expect(updatePlan(officer, first.id, plan({ title: "Đổi tên" }), issued.rowVersion)).rejects.toMatchObject({
      kind: "conflict",
    });
    const amended = await amendPlan(
      officer,
      first.id,
      plan({ dossierDeadline: "2024-11-30", symbol: "KH-KHAC" }),
      "Lùi hạn nộp hồ sơ",
      issued.rowVersion,
    );
    expect(amended.version).toBe(2);
    // An amendment does not move the issued number to another series.
    expect(amended).toMatchObject({ symbol: "KH-UBND", number: "01" });
    const revisions = await db().planRevision.findMany({ where: { planId: first.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.reason])).toEqual([
      [1, "Ban hành"],
      [2, "Lùi hạn nộp hồ sơ"],
    ]);
    expect((revisions[0]!.snapshot as { dossierDeadline: string }).dossierDeadline).toBe("2024-11-10");
  });

  it("shows issued plans to the units below, never drafts, and nothing to siblings", async () => {
    const { d1, c1, c2, c3 } = await createTree();
    const districtChair = await createActor(d1, ["CHAIR"]);
    const districtOfficer = await createActor(d1, ["OFFICER"]);
    const draft = await createPlan(districtOfficer, plan({ title: "Dự thảo của huyện" }));
    const issuedDraft = await createPlan(districtOfficer, plan({ title: "Kế hoạch của huyện" }));
    await transitionPlan(districtChair, issuedDraft.id, "issue");

    const communeOfficer = await createActor(c1, ["OFFICER"]);
    await expect(findPlan(communeOfficer, draft.id)).rejects.toMatchObject({ kind: "not_found" });
    expect((await findPlan(communeOfficer, issuedDraft.id)).title).toBe("Kế hoạch của huyện");

    const communePlan = await createPlan(communeOfficer, plan({ title: "Kế hoạch của xã Một" }));
    const sibling = await createActor(c2, ["OFFICER", "CHAIR"]);
    await expect(findPlan(sibling, communePlan.id)).rejects.toMatchObject({ kind: "not_found" });
    const otherDistrictCommune = await createActor(c3, ["OFFICER"]);
    await expect(findPlan(otherDistrictCommune, issuedDraft.id)).rejects.toMatchObject({ kind: "not_found" });
    const { rows } = await listPlans(sibling, params, {});
    expect(rows.map((r) => r.title)).toEqual(["Kế hoạch của huyện"]);
  });

  it("cascades a lower unit's plan from the higher one, citing and linking it", async () => {
    const { d1, c1, c3 } = await createTree();
    const districtChair = await createActor(d1, ["CHAIR", "OFFICER"]);
    const parent = await createPlan(
      districtChair,
      plan({ title: "phát động phong trào thi đua cải cách hành chính huyện năm 2024" }),
    );
    await transitionPlan(districtChair, parent.id, "issue", { number: "25", issuedOn: "2024-02-20" });
    const communeOfficer = await createActor(c1, ["OFFICER"]);
    const child = await cascadePlan(communeOfficer, parent.id);
    expect(child).toMatchObject({ unitId: c1.id, status: "DRAFT", parentPlanId: parent.id });
    expect(child.bases[0]).toMatchObject({ linkedPlanId: parent.id });
    expect(child.bases[0]!.text).toMatch(/^Kế hoạch số 25\/KH-UBND ngày 20\/02\/2024 của UBND huyện Một/);
    // The district's forms seen from the commune: proposals for them, linked to them, without the
    // district's whole numbers (the district allocates the commune's share).
    expect(child.awardForms.map((f) => [f.name, f.quota, f.conferral, f.parentFormId])).toEqual([
      ["Giấy khen của Chủ tịch UBND huyện", null, "PROPOSED", parent.awardForms[0]!.id],
      ["Giấy khen của Chủ tịch UBND huyện", null, "PROPOSED", parent.awardForms[1]!.id],
    ]);
    expect(child.registrationDeadline?.toISOString().slice(0, 10)).toBe("2024-04-26");
    // Only from above: a commune of another district cannot cascade from this district's plan.
    await expect(cascadePlan(await createActor(c3, ["OFFICER"]), parent.id)).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});
