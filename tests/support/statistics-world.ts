import { db } from "@/server/db/client";
import type { RecipientKind } from "@/generated/prisma/client";
import { createPlan, transitionPlan } from "@/server/data/plans";
import { createActor, createOrganisationRow, createPersonRow, createTree, type TestUnit } from "./factories";
import { planInput } from "./succession-world";

/**
 * What the statistics count, in the tree of createTree (P1 → D1 (C1, C2), D2 (C3); P2 → C4):
 *  - awards 2024–2026 in D1, C1 and C2 (entered from paper, one by a decision on D1's 2026 annual
 *    plan, one revoked), and one each in C3 and C4 that D1 must never count;
 *  - D1's plan: Chiến sĩ thi đua cơ sở with a quota, 3 allocated to C1 and 2 to C2; C1 proposed two
 *    nominees (sent), C2 one in a draft (not counted); the decision awarded one of C1's;
 *  - registration for the plan (LĐTT, CSTĐ cơ sở, Tập thể lao động tiên tiến): C1 sent lines for
 *    two people and an organisation, C2's registration is not sent.
 */
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type AwardOf = {
  unit: TestUnit;
  kind?: RecipientKind;
  personId?: string;
  organisationId?: string;
  code?: string;
  name: string;
  year: number;
  decisionId?: string;
  revoked?: boolean;
};

async function award(a: AwardOf) {
  return db().awardRecord.create({
    data: {
      unitId: a.unit.id,
      kind: a.kind ?? "INDIVIDUAL",
      personId: a.personId ?? null,
      organisationId: a.organisationId ?? null,
      label: "Người được khen",
      catalogueCode: a.code ?? null,
      name: a.name,
      year: a.year,
      decisionNumber: `${a.year}/QĐ-UBND`,
      decidedOn: day(`${a.year + 1}-01-10`),
      conferredBy: "Chủ tịch UBND",
      source: a.decisionId ? "DECISION" : "ENTERED",
      decisionId: a.decisionId ?? null,
      ...(a.revoked ? { revokedOn: day(`${a.year + 1}-03-01`), revokeReason: "Thử", revokeDecisionNumber: "9" } : {}),
    },
  });
}

const CSTD = { code: "CSTD_CS", name: "Chiến sĩ thi đua cơ sở" };
const LDTT = { code: "LDTT", name: "Lao động tiên tiến" };
const TTLDTT = { code: "TTLDTT", name: "Tập thể lao động tiên tiến" };
const GIAY_KHEN = { name: "Giấy khen của Chủ tịch UBND huyện" };

export async function statisticsWorld() {
  const tree = await createTree();
  const { d1, c1, c2, c3, c4 } = tree;
  const districtChair = await createActor(d1, ["CHAIR", "OFFICER", "REVIEWER"]);
  const plan = await createPlan(
    districtChair,
    planInput({ kind: "ANNUAL", title: "Thi đua năm 2026", periodFrom: "2026-01-01", periodTo: "2026-12-31" }),
  );
  await db().plan.update({
    where: { id: plan.id },
    data: { registrationItems: [LDTT.code, CSTD.code, TTLDTT.code] },
  });
  await transitionPlan(districtChair, plan.id, "issue", { number: "3", issuedOn: "2026-01-05" });
  const form = plan.awardForms[0]!;
  await db().planAwardForm.update({ where: { id: form.id }, data: { quota: 10 } });
  // The form is given once: its one round (award-rounds.ts) holds its allocations, batches and decision.
  const { id: roundId } = await db().awardRound.update({
    where: { awardFormId_key: { awardFormId: form.id, key: "ONCE" } },
    data: { quota: 10 },
  });
  await db().quotaAllocation.createMany({
    data: [
      { awardFormId: form.id, roundId, unitId: c1.id, quantity: 3 },
      { awardFormId: form.id, roundId, unitId: c2.id, quantity: 2 },
    ],
  });

  const org = await createOrganisationRow(c1);
  const [p1, p2, p3, p4, p5] = await Promise.all([
    createPersonRow(c1, "Nguyễn Văn Một", org.id),
    createPersonRow(c1, "Trần Thị Hai"),
    createPersonRow(c2, "Lê Văn Ba"),
    createPersonRow(d1, "Phạm Văn Bốn"),
    createPersonRow(c2, "Đỗ Thị Năm"),
  ]);

  /** A batch of `unit` for the form, with one nominee per person. */
  async function batch(unit: TestUnit, status: "DRAFT" | "SUBMITTED", people: { id: string; fullName: string }[]) {
    return db().nominationBatch.create({
      data: {
        planId: plan.id,
        awardFormId: form.id,
        roundId,
        unitId: unit.id,
        status,
        nominees: {
          create: people.map((p, position) => ({
            position,
            kind: "INDIVIDUAL" as const,
            personId: p.id,
            label: p.fullName,
            summary: "Thành tích",
            periodFrom: day("2026-01-01"),
            periodTo: day("2026-12-31"),
          })),
        },
      },
    });
  }
  await batch(c1, "SUBMITTED", [p1, p2]);
  await batch(c2, "DRAFT", [p5]);
  const decision = await db().awardDecision.create({
    data: {
      unitId: d1.id,
      planId: plan.id,
      awardFormId: form.id,
      roundId,
      formName: form.name,
      authority: form.authority,
      amountBasis: "",
      number: "01",
      numberYear: 2027,
      decidedOn: day("2027-01-10"),
      signerName: "Người Ký",
      budgetSource: "",
      total: 0,
    },
  });

  const awards = [
    await award({ unit: c1, personId: p1.id, ...CSTD, year: 2024 }),
    await award({ unit: c1, personId: p1.id, ...GIAY_KHEN, year: 2025 }),
    await award({ unit: c1, personId: p1.id, ...LDTT, year: 2026 }),
    await award({ unit: c1, personId: p2.id, ...CSTD, year: 2026, decisionId: decision.id }),
    await award({ unit: c1, kind: "COLLECTIVE", organisationId: org.id, ...TTLDTT, year: 2025 }),
    await award({ unit: c2, personId: p3.id, ...CSTD, year: 2025 }),
    await award({ unit: c2, personId: p3.id, ...GIAY_KHEN, year: 2025, revoked: true }),
    await award({ unit: d1, personId: p4.id, ...GIAY_KHEN, year: 2024 }),
  ];
  const elsewhere = [
    await award({ unit: c3, personId: (await createPersonRow(c3)).id, ...CSTD, year: 2025 }),
    await award({ unit: c4, personId: (await createPersonRow(c4)).id, ...CSTD, year: 2025 }),
  ];

  const registration = (unit: TestUnit, status: "SENT" | "NOT_SENT") =>
    db().registration.create({ data: { planId: plan.id, unitId: unit.id, year: 2026, status } });
  const sent = await registration(c1, "SENT");
  await db().registrationRow.createMany({
    data: [
      {
        registrationId: sent.id,
        position: 0,
        kind: "INDIVIDUAL",
        personId: p1.id,
        label: p1.fullName,
        items: [LDTT.code],
      },
      {
        registrationId: sent.id,
        position: 1,
        kind: "INDIVIDUAL",
        personId: p2.id,
        label: p2.fullName,
        items: [LDTT.code, CSTD.code],
      },
      {
        registrationId: sent.id,
        position: 2,
        kind: "COLLECTIVE",
        organisationId: org.id,
        label: org.name,
        items: [TTLDTT.code],
      },
    ],
  });
  const draft = await registration(c2, "NOT_SENT");
  await db().registrationRow.create({
    data: {
      registrationId: draft.id,
      position: 0,
      kind: "INDIVIDUAL",
      personId: p3.id,
      label: p3.fullName,
      items: [LDTT.code],
    },
  });

  return { tree, plan, form, decision, awards, elsewhere, districtChair, people: { p1, p2, p3, p4 }, org };
}

export type StatisticsWorld = Awaited<ReturnType<typeof statisticsWorld>>;
