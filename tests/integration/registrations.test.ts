import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ZPlanInput } from "@/schemas/plan";
import { cascadePlan, createPlan, transitionPlan } from "@/server/data/plans";
import {
  findMyRegistration,
  forwardRegistrations,
  saveMyRegistration,
  sendMyRegistration,
} from "@/server/data/registrations";
import { listPlanRegistrations, reopenRegistration, reviewRegistration } from "@/server/data/registration-review";
import {
  createActor,
  createDisciplineRow,
  createOrganisationRow,
  createPersonRow,
  createTree,
} from "../support/factories";

const INDIVIDUAL_TITLE = "LDTT";
const COLLECTIVE_TITLE = "TTLDXS";

/** A district plan open for registration until `deadline`, issued. */
async function districtPlan(deadline: string) {
  const tree = await createTree();
  const chair = await createActor(tree.d1, ["CHAIR", "OFFICER"]);
  const plan = await createPlan(
    chair,
    ZPlanInput.parse({
      kind: "ANNUAL",
      title: "Phát động phong trào thi đua năm 2026",
      place: "Huyện",
      symbol: "KH-UBND",
      periodFrom: "2026-01-01",
      periodTo: "2099-12-31",
      bases: [],
      purposes: ["Mục đích"],
      requirements: [],
      slogan: "",
      contents: ["Nội dung"],
      participantCollectives: [],
      participantIndividuals: [],
      awardForms: [
        {
          name: "Giấy khen",
          authority: "Chủ tịch UBND huyện",
          conferral: "OWN",
          recipientKind: "INDIVIDUAL",
          quota: 5,
          subQuotas: [],
          criteria: ["Tiêu chuẩn"],
          cashValue: "",
          dossier: [],
        },
      ],
      registrationItems: [INDIVIDUAL_TITLE, COLLECTIVE_TITLE],
      registrationDeadline: deadline,
      dossierDeadline: "",
      phases: [],
      budgetSource: "",
      rewardRules: "",
      duties: [],
      recipients: ["Lưu: VT"],
      signerAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: "Người Ký",
    }),
  );
  await transitionPlan(chair, plan.id, "issue");
  return { tree, chair, plan };
}

describe("registration deadline (server time, Asia/Ho_Chi_Minh)", () => {
  it("accepts changes until 23:59 of the deadline day in Vietnam and refuses them after, with a clear message", async () => {
    const { tree, plan } = await districtPlan("2026-04-26");
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const row = { kind: "COLLECTIVE" as const, items: [COLLECTIVE_TITLE], commitment: "Hoàn thành xuất sắc nhiệm vụ" };
    // 23:30 on 26/04 in Vietnam is 16:30 UTC: still open.
    await saveMyRegistration(officer, plan.id, [row], new Date("2026-04-26T16:30:00Z"));
    // 00:10 on 27/04 in Vietnam is 17:10 UTC on 26/04: closed, although the UTC date is still the 26th.
    await expect(saveMyRegistration(officer, plan.id, [], new Date("2026-04-26T17:10:00Z"))).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining("Đã hết hạn đăng ký (26/04/2026)"),
    });
    const { rows } = await findMyRegistration(officer, plan.id);
    expect(rows).toHaveLength(1);
  });

  it("lets the issuing unit reopen registration for one unit", async () => {
    const { tree, chair, plan } = await districtPlan("2026-01-10");
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const late = [{ kind: "COLLECTIVE" as const, items: [COLLECTIVE_TITLE], commitment: "" }];
    await expect(saveMyRegistration(officer, plan.id, late)).rejects.toMatchObject({ kind: "conflict" });
    await reopenRegistration(chair, plan.id, tree.c1.id, "2099-12-31");
    await saveMyRegistration(officer, plan.id, late);
    await sendMyRegistration(officer, plan.id);
    // Another commune is still closed.
    const other = await createActor(tree.c2, ["OFFICER"]);
    await expect(saveMyRegistration(other, plan.id, late)).rejects.toMatchObject({ kind: "conflict" });
  });
});

describe("registration review", () => {
  it("goes not sent → sent → returned (with reason) → sent → approved, and is read-only once sent", async () => {
    const { tree, chair, plan } = await districtPlan("2099-12-31");
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const person = await createPersonRow(tree.c1, "Nguyễn Thị Đăng");
    await saveMyRegistration(officer, plan.id, [
      { kind: "INDIVIDUAL", personId: person.id, items: [INDIVIDUAL_TITLE], commitment: "Hoàn thành tốt nhiệm vụ" },
    ]);
    await sendMyRegistration(officer, plan.id);
    await expect(saveMyRegistration(officer, plan.id, [])).rejects.toMatchObject({ kind: "conflict" });
    const { registrations } = await listPlanRegistrations(chair, plan.id);
    const reg = registrations.find((r) => r.unitId === tree.c1.id)!;
    await expect(reviewRegistration(chair, reg.id, "return")).rejects.toMatchObject({ kind: "validation" });
    await reviewRegistration(chair, reg.id, "return", "Bổ sung nội dung đăng ký của tập thể");
    expect((await findMyRegistration(officer, plan.id)).registration).toMatchObject({
      status: "RETURNED",
      returnReason: "Bổ sung nội dung đăng ký của tập thể",
    });
    await saveMyRegistration(officer, plan.id, [
      { kind: "COLLECTIVE", items: [COLLECTIVE_TITLE], commitment: "" },
      { kind: "INDIVIDUAL", personId: person.id, items: [INDIVIDUAL_TITLE], commitment: "" },
    ]);
    await sendMyRegistration(officer, plan.id);
    await reviewRegistration(chair, reg.id, "approve");
    expect((await db().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe("APPROVED");
  });

  it("only the issuing unit reviews; other units and people of other units are refused", async () => {
    const { tree, plan } = await districtPlan("2099-12-31");
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const stranger = await createPersonRow(tree.c2, "Người Xã Khác");
    await expect(
      saveMyRegistration(officer, plan.id, [
        { kind: "INDIVIDUAL", personId: stranger.id, items: [INDIVIDUAL_TITLE], commitment: "" },
      ]),
    ).rejects.toMatchObject({ kind: "validation" });
    await expect(
      saveMyRegistration(officer, plan.id, [{ kind: "COLLECTIVE", items: ["BK_TTG_KHONG_MO"], commitment: "" }]),
    ).rejects.toMatchObject({
      fieldErrors: { "rows.0.items": "Kế hoạch không nhận đăng ký danh hiệu, hình thức này." },
    });
    await expect(listPlanRegistrations(await createActor(tree.c1, ["REVIEWER"]), plan.id)).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(listPlanRegistrations(await createActor(tree.d2, ["REVIEWER"]), plan.id)).rejects.toMatchObject({
      kind: "not_found",
    });
    // A commune of another district cannot register for this district's plan.
    await expect(saveMyRegistration(await createActor(tree.c3, ["OFFICER"]), plan.id, [])).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});

describe("registration eligibility warnings (blocked later, at nomination)", () => {
  it("warns about a person under discipline and about a title of the wrong nominee kind, citing the article", async () => {
    const { tree, plan } = await districtPlan("2099-12-31");
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const disciplined = await createPersonRow(tree.c1, "Phạm Văn Kỷ");
    await db().disciplineRecord.create({
      data: {
        unitId: tree.c1.id,
        personId: disciplined.id,
        status: "DECIDED",
        level: "KHIEN_TRACH",
        reason: "Vi phạm",
        effectiveFrom: new Date("2020-01-01T00:00:00Z"),
      },
    });
    const org = await createOrganisationRow(tree.c1, "Bộ phận một cửa");
    await saveMyRegistration(officer, plan.id, [
      { kind: "COLLECTIVE", organisationId: org.id, items: [INDIVIDUAL_TITLE], commitment: "" },
      { kind: "INDIVIDUAL", personId: disciplined.id, items: [INDIVIDUAL_TITLE], commitment: "" },
    ]);
    const { warnings } = await findMyRegistration(officer, plan.id);
    expect(warnings[0]!.map((w) => w.code)).toEqual(["WRONG_NOMINEE_KIND"]);
    // Checked today, so under the decree in force since 01/7/2025.
    expect(warnings[1]).toEqual([
      {
        code: "UNDER_DISCIPLINE",
        message: "Đang trong thời gian bị kỷ luật: không xét khen thưởng.",
        article: "Nghị định 152/2025/NĐ-CP, Điều 4",
        sensitive: true,
      },
    ]);
  });

  it("does not warn once the discipline period has ended", async () => {
    const { tree, plan } = await districtPlan("2099-12-31");
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const person = await createPersonRow(tree.c1, "Lê Văn Hết");
    await createDisciplineRow(tree.c1, person.id);
    await db().disciplineRecord.updateMany({
      where: { personId: person.id },
      data: { effectiveTo: new Date("2024-12-31T00:00:00Z") },
    });
    await saveMyRegistration(officer, plan.id, [
      { kind: "INDIVIDUAL", personId: person.id, items: [INDIVIDUAL_TITLE], commitment: "" },
    ]);
    expect((await findMyRegistration(officer, plan.id)).warnings).toEqual([[]]);
  });
});

describe("forwarding registrations to the higher plan", () => {
  it("gathers the approved registrations of the units below into the district's registration for the province's plan", async () => {
    const tree = await createTree();
    // Province issues a plan; the district cascades its own from it and issues it.
    const provinceChair = await createActor(tree.p1, ["CHAIR", "OFFICER"]);
    const provincePlan = await createPlan(
      provinceChair,
      ZPlanInput.parse({
        kind: "ANNUAL",
        title: "Kế hoạch của tỉnh",
        place: "Tỉnh",
        symbol: "KH-UBND",
        periodFrom: "2026-01-01",
        periodTo: "2099-12-31",
        bases: [],
        purposes: ["Mục đích"],
        requirements: [],
        slogan: "",
        contents: ["Nội dung"],
        participantCollectives: [],
        participantIndividuals: [],
        awardForms: [
          {
            name: "Bằng khen",
            authority: "Chủ tịch UBND tỉnh",
            conferral: "OWN",
            recipientKind: "INDIVIDUAL",
            quota: 5,
            subQuotas: [],
            criteria: ["Tiêu chuẩn"],
            cashValue: "",
            dossier: [],
          },
        ],
        registrationItems: [INDIVIDUAL_TITLE],
        registrationDeadline: "2099-12-01",
        dossierDeadline: "",
        phases: [],
        budgetSource: "",
        rewardRules: "",
        duties: [],
        recipients: ["Lưu: VT"],
        signerAuthority: "TM. ỦY BAN NHÂN DÂN",
        signerTitle: "CHỦ TỊCH",
        signerName: "Người Ký",
      }),
    );
    await transitionPlan(provinceChair, provincePlan.id, "issue");
    const districtChair = await createActor(tree.d1, ["CHAIR", "OFFICER"]);
    const districtPlanCascaded = await cascadePlan(districtChair, provincePlan.id);
    await db().plan.update({
      where: { id: districtPlanCascaded.id },
      data: {
        registrationItems: [INDIVIDUAL_TITLE, COLLECTIVE_TITLE],
        recipients: ["Lưu: VT"],
        signerName: "Người Ký",
      },
    });
    await transitionPlan(districtChair, districtPlanCascaded.id, "issue");

    const officer = await createActor(tree.c1, ["OFFICER"]);
    const person = await createPersonRow(tree.c1, "Trần Văn Gửi");
    await saveMyRegistration(officer, districtPlanCascaded.id, [
      { kind: "COLLECTIVE", items: [COLLECTIVE_TITLE], commitment: "" },
      { kind: "INDIVIDUAL", personId: person.id, items: [INDIVIDUAL_TITLE], commitment: "Phấn đấu đạt LĐTT" },
    ]);
    await sendMyRegistration(officer, districtPlanCascaded.id);
    const reg = (await listPlanRegistrations(districtChair, districtPlanCascaded.id)).registrations[0]!;
    await reviewRegistration(districtChair, reg.id, "approve");

    expect(await forwardRegistrations(districtChair, districtPlanCascaded.id)).toEqual({
      parentPlanId: provincePlan.id,
      rows: 1,
    });
    const forwarded = await findMyRegistration(districtChair, provincePlan.id);
    expect(forwarded.rows.map((r) => [r.label, r.items])).toEqual([
      [`Trần Văn Gửi (${tree.c1.name})`, [INDIVIDUAL_TITLE]],
    ]);
    // A plan not cascaded from above has nowhere to forward to.
    await expect(forwardRegistrations(provinceChair, provincePlan.id)).rejects.toMatchObject({ kind: "conflict" });
  });
});
