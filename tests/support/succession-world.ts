import { db } from "@/server/db/client";
import { ZPlanInput } from "@/schemas/plan";
import { createPlan, transitionPlan } from "@/server/data/plans";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createOrganisationRow, createPersonRow, createUnit, type TestUnit } from "./factories";

/**
 * A merger as of 1/7/2025: Xã An and Xã Bình (under Huyện Cũ, Tỉnh Cũ) → Xã An Bình (Tỉnh Mới);
 * Tỉnh Cũ → Tỉnh Mới. Xã An left a person with two Chiến sĩ thi đua cơ sở (2023 by its own signed
 * decision, 2024 entered from paper), an organisation whose name the heir also uses, and an open
 * 2021–2025 plan; Xã Bình an award of its own. Xã Khác, under Tỉnh Mới, succeeds nobody.
 */
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export function planInput(over: Partial<Record<"kind" | "periodFrom" | "periodTo" | "title", string>> = {}) {
  return ZPlanInput.parse({
    kind: over.kind ?? "PHASE",
    title: over.title ?? "Thi đua giai đoạn 2021 – 2025",
    place: "An",
    symbol: "KH-UBND",
    periodFrom: over.periodFrom ?? "2021-01-01",
    periodTo: over.periodTo ?? "2025-12-31",
    bases: [],
    purposes: ["Mục đích"],
    requirements: [],
    slogan: "",
    contents: ["Nội dung"],
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "Chiến sĩ thi đua cơ sở",
        authority: "Chủ tịch UBND huyện",
        conferral: "PROPOSED",
        recipientKind: "INDIVIDUAL",
        catalogueCode: "CSTD_CS",
        capPercent: "",
        quota: "",
        subQuotas: [],
        criteria: ["Tiêu chuẩn"],
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
}

/** An award in a person's history, as a decision (`decisionId`) or entered from paper wrote it. */
async function award(unit: TestUnit, personId: string, year: number, decisionId: string | null = null) {
  return db().awardRecord.create({
    data: {
      unitId: unit.id,
      kind: "INDIVIDUAL",
      personId,
      label: "Người được khen",
      catalogueCode: "CSTD_CS",
      name: "Chiến sĩ thi đua cơ sở",
      year,
      decisionNumber: `${year}/QĐ-UBND`,
      decidedOn: day(`${year + 1}-01-10`),
      conferredBy: "Chủ tịch UBND huyện",
      source: decisionId ? "DECISION" : "ENTERED",
      decisionId,
    },
  });
}

export async function successionWorld() {
  const oldProvince = await createUnit("Tỉnh Cũ", "TINH", null);
  const district = await createUnit("Huyện Cũ", "HUYEN", oldProvince);
  const an = await createUnit("Xã An", "XA", district);
  const binh = await createUnit("Xã Bình", "XA", district);
  const province = await createUnit("Tỉnh Mới", "TINH", null);
  const heir = await createUnit("Xã An Bình", "XA", province);
  const stranger = await createUnit("Xã Khác", "XA", province);

  // Xã An's own work, done while it existed.
  const anChair = await createActor(an, ["CHAIR", "OFFICER"]);
  const plan = await createPlan(anChair, planInput());
  await transitionPlan(anChair, plan.id, "issue", { number: "12", issuedOn: "2021-02-01" });
  await transitionPlan(anChair, plan.id, "start");
  const org = await createOrganisationRow(an, "Văn phòng UBND");
  const person = await createPersonRow(an, "Lê Văn Kế", org.id);
  const decision = await db().awardDecision.create({
    data: {
      unitId: an.id,
      planId: plan.id,
      awardFormId: plan.awardForms[0]!.id,
      roundId: (await db().awardRound.findFirstOrThrow({ where: { awardFormId: plan.awardForms[0]!.id } })).id,
      formName: "Chiến sĩ thi đua cơ sở",
      authority: "Chủ tịch UBND huyện",
      amountBasis: "",
      number: "01",
      numberYear: 2024,
      decidedOn: day("2024-01-10"),
      signerName: "Người Ký",
      budgetSource: "",
      total: 0,
    },
  });
  const awards = [await award(an, person.id, 2023, decision.id), await award(an, person.id, 2024)];
  await db().performanceReview.create({ data: { unitId: an.id, personId: person.id, year: 2024, rating: "HTXSNV" } });
  const binhPerson = await createPersonRow(binh, "Phạm Thị Bình");
  const binhAward = await award(binh, binhPerson.id, 2024);

  // The merger: the old units end on 30/6/2025, the new ones start on 1/7/2025.
  await db().unit.updateMany({
    where: { id: { in: [oldProvince.id, district.id, an.id, binh.id] } },
    data: { validTo: day("2025-06-30") },
  });
  await db().unit.updateMany({
    where: { id: { in: [province.id, heir.id, stranger.id] } },
    data: { validFrom: day("2025-07-01") },
  });
  await db().unitSuccession.createMany({
    data: [
      [an, heir],
      [binh, heir],
      [oldProvince, province],
    ].map(([p, s]) => ({
      predecessorId: p!.id,
      successorId: s!.id,
      effectiveOn: day("2025-07-01"),
      resolution: "9999/NQ-UBTVQH15",
    })),
  });
  const heirOrg = await createOrganisationRow(heir, "Văn phòng UBND");

  const actors: Record<"heirChair" | "heirOfficer" | "provinceReviewer" | "strangerAll" | "anChair", Actor> = {
    heirChair: await createActor(heir, ["CHAIR", "ADMIN", "OFFICER"]),
    heirOfficer: await createActor(heir, ["OFFICER"]),
    provinceReviewer: await createActor(province, ["REVIEWER"]),
    strangerAll: await createActor(stranger, ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"]),
    anChair,
  };
  return {
    units: { oldProvince, district, an, binh, province, heir, stranger },
    plan,
    decision,
    org,
    heirOrg,
    person,
    awards,
    binhAward,
    actors,
  };
}

export type SuccessionWorld = Awaited<ReturnType<typeof successionWorld>>;
