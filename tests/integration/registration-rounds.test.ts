import { describe, expect, it } from "vitest";
import { ZPlanInput } from "@/schemas/plan";
import { createPlan, transitionPlan } from "@/server/data/plans";
import { findMyRegistration, saveMyRegistration, sendMyRegistration } from "@/server/data/registrations";
import {
  listPlanRegistrations,
  registrationSummaryPage,
  reopenRegistration,
  reviewRegistration,
} from "@/server/data/registration-review";
import { approvedTotals } from "@/domain/registration/aggregate";
import { createActor, createTree } from "../support/factories";

/**
 * Registration by round (issue 12, point 6): a ten-year plan given yearly is registered year by
 * year, each year with the plan's deadline day; the issuing unit reopens its own registration;
 * totals count approved registrations only.
 */

const TITLE = "TTLDXS";
const row = { kind: "COLLECTIVE" as const, items: [TITLE], commitment: "Hoàn thành xuất sắc nhiệm vụ" };

async function tenYearPlan() {
  const tree = await createTree();
  const chair = await createActor(tree.d1, ["CHAIR", "OFFICER"]);
  const plan = await createPlan(
    chair,
    ZPlanInput.parse({
      kind: "PHASE",
      title: "Phong trào thi đua giai đoạn 2021–2030",
      place: "Huyện",
      symbol: "KH-UBND",
      periodFrom: "2021-01-01",
      periodTo: "2030-12-31",
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
          recipientKind: "COLLECTIVE",
          quota: 3,
          subQuotas: [],
          criteria: ["Tiêu chuẩn"],
          dossier: [],
          recurrence: "YEARLY",
        },
      ],
      registrationItems: [TITLE],
      registrationDeadline: "2021-01-31",
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
  await transitionPlan(chair, plan.id, "issue", { issuedOn: "2021-01-05" });
  return { tree, chair, plan };
}

describe("registration of a plan given yearly", () => {
  it("has one registration per year, each due on the plan's day of that year", async () => {
    const { tree, plan } = await tenYearPlan();
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const mine = await findMyRegistration(officer, plan.id, new Date("2024-01-20T03:00:00Z"));
    expect(mine.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(mine.year).toBe(2024);
    await saveMyRegistration(officer, plan.id, [row], new Date("2024-01-20T03:00:00Z"), null, 2024);
    await sendMyRegistration(officer, plan.id, new Date("2024-01-21T03:00:00Z"), 2024);
    // 2025's registration is a new one, open until 31/01/2025, closed after.
    expect(
      (await findMyRegistration(officer, plan.id, new Date("2025-01-10T03:00:00Z"), 2025)).registration,
    ).toBeNull();
    await saveMyRegistration(officer, plan.id, [row], new Date("2025-01-10T03:00:00Z"), null, 2025);
    await expect(
      saveMyRegistration(officer, plan.id, [row], new Date("2025-02-01T03:00:00Z"), 0, 2025),
    ).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("Đã hết hạn đăng ký (31/01/2025)") });
    const y2024 = await findMyRegistration(officer, plan.id, new Date("2025-01-10T03:00:00Z"), 2024);
    expect(y2024.registration).toMatchObject({ year: 2024, status: "SENT" });
  });

  it("lets the issuing unit reopen its own registration after the deadline", async () => {
    const { tree, chair, plan } = await tenYearPlan();
    expect((await registrationSummaryPage(chair, plan.id)).lines.map((l) => l.unitId)).toContain(tree.d1.id);
    const late = new Date("2026-03-01T03:00:00Z");
    await expect(saveMyRegistration(chair, plan.id, [row], late, null, 2026)).rejects.toMatchObject({
      kind: "conflict",
    });
    await reopenRegistration(chair, plan.id, undefined, "2099-12-31", 2026);
    // Reopening wrote the (empty) registration: the table now saves against its version.
    const reopened = await findMyRegistration(chair, plan.id, late, 2026);
    expect(reopened.window).toEqual({ open: true });
    await saveMyRegistration(chair, plan.id, [row], late, reopened.registration!.rowVersion, 2026);
    await sendMyRegistration(chair, plan.id, late, 2026);
    expect((await findMyRegistration(chair, plan.id, late, 2026)).registration).toMatchObject({ status: "SENT" });
    // Reopening 2026 opened nothing else: 2027's window is its own.
    await expect(
      saveMyRegistration(chair, plan.id, [row], new Date("2027-03-01T03:00:00Z"), null, 2027),
    ).rejects.toMatchObject({ kind: "conflict" });
  });

  it("totals the year's approved registrations only, each unit listed with its status", async () => {
    const { tree, chair, plan } = await tenYearPlan();
    const when = new Date("2026-01-10T03:00:00Z");
    for (const unit of [tree.c1, tree.c2]) {
      const officer = await createActor(unit, ["OFFICER"]);
      await saveMyRegistration(officer, plan.id, [row], when, null, 2026);
      await sendMyRegistration(officer, plan.id, when, 2026);
    }
    const sent = await listPlanRegistrations(chair, plan.id, 2026);
    await reviewRegistration(chair, sent.registrations.find((r) => r.unitId === tree.c1.id)!.id, "approve");
    await reviewRegistration(
      chair,
      sent.registrations.find((r) => r.unitId === tree.c2.id)!.id,
      "return",
      "Bổ sung nội dung đăng ký",
    );
    const { year, registrations } = await listPlanRegistrations(chair, plan.id, 2026);
    expect(year).toBe(2026);
    expect(registrations.map((r) => [r.unitId, r.status])).toEqual(
      expect.arrayContaining([
        [tree.c1.id, "APPROVED"],
        [tree.c2.id, "RETURNED"],
      ]),
    );
    expect(approvedTotals(registrations, [TITLE])).toEqual({ [TITLE]: 1 });
    // Another year's list is empty: registrations are per year.
    expect((await listPlanRegistrations(chair, plan.id, 2027)).registrations).toEqual([]);
  });
});
