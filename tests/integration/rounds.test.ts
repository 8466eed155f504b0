import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/server/db/client";
import { ZPlanInput, type TPlanInput } from "@/schemas/plan";
import { amendPlan, createPlan, transitionPlan } from "@/server/data/plans";
import { PLAN_INCLUDE, planFormValues } from "@/server/data/plan-mapping";
import { quotaBoard, setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { AWARD_SORT_KEYS, searchAwards } from "@/server/data/awards";
import { parseTableParams } from "@/lib/table-params";
import { createDatabase, dropDatabase, withDatabase } from "../../scripts/db/embedded";
import { deployMigrations, MIGRATIONS_DIR } from "../../scripts/db/migrate";
import { createActor, createPersonRow, createTree, uid } from "../support/factories";

/**
 * Award rounds (issue 12, point 1): a 2021–2030 plan that awards "03 cá nhân mỗi năm" plus its sơ
 * kết and tổng kết has twelve rounds, each with its own allocation, nominations and quota; plans
 * from before rounds existed are migrated to one round each and keep working.
 */

function tenYearPlan(form: Partial<TPlanInput["awardForms"][number]> = {}): TPlanInput {
  return {
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
        name: "Giấy khen của Chủ tịch UBND huyện",
        authority: "Chủ tịch UBND huyện",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: 3,
        subQuotas: [],
        criteria: ["Tiêu chuẩn"],
        dossier: [],
        recurrence: "YEARLY_AND_REVIEWS",
        roundDeadline: "15/12",
        ...form,
      },
    ],
    registrationItems: [],
    registrationDeadline: "2021-01-31",
    dossierDeadline: "",
    phases: [
      { name: "Sơ kết giai đoạn 2021–2025", reviewDate: "2025-11-20" },
      { name: "Tổng kết giai đoạn 2021–2030", reviewDate: "2030-11-20" },
    ],
    budgetSource: "",
    rewardRules: "",
    duties: [],
    recipients: ["Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Người Ký",
  };
}

async function issuedTenYearPlan() {
  const tree = await createTree();
  const chair = await createActor(tree.d1, ["CHAIR", "OFFICER", "REVIEWER"]);
  const plan = await createPlan(chair, ZPlanInput.parse(tenYearPlan()));
  await transitionPlan(chair, plan.id, "issue", { issuedOn: "2021-01-05" });
  const formId = plan.awardForms[0]!.id;
  const rounds = await db().awardRound.findMany({ where: { awardFormId: formId }, orderBy: { position: "asc" } });
  return { tree, chair, plan, formId, rounds, round: (key: string) => rounds.find((r) => r.key === key)! };
}

const nominee = (personId: string, year: number) => ({
  kind: "INDIVIDUAL" as const,
  personId,
  category: "",
  summary: "Hoàn thành xuất sắc nhiệm vụ",
  periodFrom: `${year}-01-01`,
  periodTo: `${year}-12-31`,
});

describe("award rounds of a ten-year plan", () => {
  it("materialises 12 rounds (ten years, the sơ kết and the tổng kết), each with the per-round quota and its own deadline", async () => {
    const { rounds } = await issuedTenYearPlan();
    expect(rounds.map((r) => r.label)).toEqual([
      "Năm 2021",
      "Năm 2022",
      "Năm 2023",
      "Năm 2024",
      "Sơ kết giai đoạn 2021–2025",
      "Năm 2025",
      "Năm 2026",
      "Năm 2027",
      "Năm 2028",
      "Năm 2029",
      "Tổng kết giai đoạn 2021–2030",
      "Năm 2030",
    ]);
    expect(rounds.every((r) => r.quota === 3)).toBe(true);
    expect(rounds.find((r) => r.key === "Y2024")!.dossierDeadline).toEqual(new Date("2024-12-15T00:00:00Z"));
  });

  it("keeps round ids across an amendment, and refuses to drop a round someone proposed in", async () => {
    const { tree, chair, plan, formId, round } = await issuedTenYearPlan();
    const y2024 = round("Y2024");
    const current = await db().plan.findUniqueOrThrow({ where: { id: plan.id }, include: PLAN_INCLUDE });
    const values = planFormValues(current);
    await amendPlan(
      chair,
      plan.id,
      ZPlanInput.parse({ ...values, title: "Phong trào thi đua (sửa đổi)" }),
      "Sửa tên kế hoạch",
      current.rowVersion,
    );
    expect((await db().awardRound.findUniqueOrThrow({ where: { id: y2024.id } })).label).toBe("Năm 2024");

    const officer = await createActor(tree.c1, ["OFFICER"]);
    await createBatch(officer, formId, y2024.id);
    const after = await db().plan.findUniqueOrThrow({ where: { id: plan.id } });
    const once = { ...values, awardForms: values.awardForms.map((f) => ({ ...f, recurrence: "ONCE" as const })) };
    await expect(
      amendPlan(chair, plan.id, ZPlanInput.parse(once), "Chỉ khen một lần", after.rowVersion),
    ).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining('đợt "Năm 2024"') });
  });

  it("counts allocations, submissions and acceptances within a round: a nominee of 2024 never uses 2025's quota", async () => {
    const { tree, chair, formId, round } = await issuedTenYearPlan();
    const [y2024, y2025] = [round("Y2024"), round("Y2025")];
    // Each round's allocation is its own: 3 places per round, whatever the other rounds were given.
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 2 }], undefined, y2024.id);
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 3 }], undefined, y2025.id);
    await expect(
      setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 4 }], undefined, y2025.id),
    ).rejects.toMatchObject({ kind: "validation" });
    expect(await db().quotaAllocation.count({ where: { awardFormId: formId } })).toBe(2);

    const officer = await createActor(tree.c1, ["OFFICER"]);
    const file = async (roundId: string, year: number, count: number) => {
      const batch = await createBatch(officer, formId, roundId);
      for (let i = 0; i < count; i++)
        await addNominee(officer, batch.id, nominee((await createPersonRow(tree.c1, `Người ${uid()}`)).id, year));
      return batch;
    };
    const b2024 = await file(y2024.id, 2024, 2);
    await submitBatch(officer, b2024.id, new Date("2024-12-01T03:00:00Z"));
    const late2024 = await file(y2024.id, 2024, 1);
    await expect(submitBatch(officer, late2024.id, new Date("2024-12-02T03:00:00Z"))).rejects.toMatchObject({
      message: expect.stringContaining("Vượt số lượng được phân bổ"),
    });
    // 2025's round is untouched by 2024's nominees: its three places are all free.
    const b2025 = await file(y2025.id, 2025, 3);
    await submitBatch(officer, b2025.id, new Date("2025-12-01T03:00:00Z"));
    // Each round is due on its own 15/12.
    const tooLate = await file(round("Y2026").id, 2026, 1);
    await expect(submitBatch(officer, tooLate.id, new Date("2026-12-16T03:00:00Z"))).rejects.toMatchObject({
      kind: "conflict",
      message: "Đã hết hạn nộp hồ sơ (15/12/2026). Đề nghị đơn vị thẩm định gia hạn cho đơn vị.",
    });

    await acceptBatch(chair, b2024.id);
    await acceptBatch(chair, b2025.id);
    expect(await db().nominee.count({ where: { batch: { roundId: y2024.id, status: "ACCEPTED" } } })).toBe(2);
    expect(await db().nominee.count({ where: { batch: { roundId: y2025.id, status: "ACCEPTED" } } })).toBe(3);

    const board2024 = await quotaBoard(
      chair,
      (await db().planAwardForm.findUniqueOrThrow({ where: { id: formId } })).planId,
      "Y2024",
    );
    expect(board2024.roundKey).toBe("Y2024");
    expect(board2024.rounds).toHaveLength(12);
    expect(board2024.forms[0]!.round.label).toBe("Năm 2024");
    expect(board2024.forms[0]!.rows).toEqual([
      expect.objectContaining({ unitId: tree.c1.id, allocated: 2, nominated: 2, accepted: 2 }),
    ]);
    const board2025 = await quotaBoard(chair, board2024.plan.id, "Y2025");
    expect(board2025.forms[0]!.rows).toEqual([
      expect.objectContaining({ unitId: tree.c1.id, allocated: 3, nominated: 3, accepted: 3 }),
    ]);
  });

  it("asks which round when a recurring form is proposed for without one and no single round holds today", async () => {
    const { tree, formId } = await issuedTenYearPlan();
    const officer = await createActor(tree.c1, ["OFFICER"]);
    // Any day of the plan lies in its year's round and in the tổng kết's (2021 → 30/11/2030); after
    // the plan, in none: either way no single round is meant.
    await expect(createBatch(officer, formId)).rejects.toMatchObject({
      kind: "validation",
      message: expect.stringContaining("chọn đợt khen thưởng"),
    });
  });
});

describe("award history by round", () => {
  it("shows each award's round and filters by it", async () => {
    const { tree, chair, plan, formId, round } = await issuedTenYearPlan();
    const person = await createPersonRow(tree.c1, `Người ${uid()}`);
    // Decisions of two rounds as signing writes them (decisions.ts): the decision names its round.
    for (const [key, number, year] of [
      ["Y2024", "01", 2024],
      ["Y2025", "02", 2025],
    ] as const) {
      const decision = await db().awardDecision.create({
        data: {
          unitId: tree.d1.id,
          planId: plan.id,
          awardFormId: formId,
          roundId: round(key).id,
          formName: "Giấy khen của Chủ tịch UBND huyện",
          authority: "Chủ tịch UBND huyện",
          amountBasis: "",
          number,
          numberYear: year,
          decidedOn: new Date(`${year}-12-20T00:00:00Z`),
          signerName: "Người Ký",
          budgetSource: "",
          total: 0,
        },
      });
      await db().awardRecord.create({
        data: {
          unitId: tree.c1.id,
          kind: "INDIVIDUAL",
          personId: person.id,
          label: person.fullName,
          name: "Giấy khen của Chủ tịch UBND huyện",
          year,
          decisionNumber: `${number}/QĐ-UBND`,
          decidedOn: new Date(`${year}-12-20T00:00:00Z`),
          conferredBy: "Chủ tịch UBND huyện",
          source: "DECISION",
          decisionId: decision.id,
        },
      });
    }
    const every = parseTableParams({}, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year" });
    const all = await searchAwards(chair, every);
    expect(all.roundLabels).toEqual(["Năm 2024", "Năm 2025"]);
    const y2024 = await searchAwards(chair, { ...every, round: "Năm 2024" });
    expect(y2024.rows.map((r) => [r.year, r.decision?.awardRound.label])).toEqual([[2024, "Năm 2024"]]);
  });
});

describe("migration of plans from before rounds (20261201103406_award_rounds)", () => {
  const server = inject("databaseUrl");
  const name = `${new URL(server).pathname.slice(1)}_rounds`;
  const url = withDatabase(server, name);
  const before = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-rounds-"));
  afterAll(async () => {
    await dropDatabase(server, name);
    fs.rmSync(before, { recursive: true, force: true });
  });

  it("gives every existing form one round and moves its allocations, batches, decisions and registrations into it", async () => {
    // The migrations as they stood before rounds.
    for (const entry of fs.readdirSync(MIGRATIONS_DIR)) {
      if (entry >= "20261201103406_award_rounds" && entry !== "migration_lock.toml") continue;
      fs.cpSync(path.join(MIGRATIONS_DIR, entry), path.join(before, entry), { recursive: true });
    }
    await createDatabase(server, name);
    await deployMigrations(url, { migrationsDir: before });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const q = (sql: string) => c.query(sql);
      await q(
        `insert into "Unit" (id, code, name, kind, path, depth) values ('u1', 'R1', 'Huyện Thử', 'HUYEN', '/u1/', 0)`,
      );
      await q(`insert into "Plan" (id, "unitId", kind, status, symbol, place, year, title, "periodFrom", "periodTo",
                 purposes, requirements, slogan, contents, "participantCollectives", "participantIndividuals",
                 "dossierDeadline", "budgetSource", "rewardRules", recipients, "signerAuthority", "signerTitle",
                 "signerName", "registrationItems", "updatedAt")
               values ('p1', 'u1', 'ANNUAL', 'ISSUED', 'KH-UBND', 'Huyện', 2024, 'Thi đua năm 2024', '2024-01-01',
                 '2024-12-31', '{}', '{}', '', '{}', '{}', '{}', '2024-12-10', '', '', '{}', '', '', '', '{}', now())`);
      await q(`insert into "PlanAwardForm" (id, "planId", position, name, authority, conferral, "recipientKind", quota, criteria)
               values ('f1', 'p1', 0, 'Giấy khen', 'Chủ tịch UBND huyện', 'OWN', 'INDIVIDUAL', 5, '{}')`);
      await q(`insert into "QuotaAllocation" (id, "awardFormId", "unitId", quantity) values ('a1', 'f1', 'u1', 2)`);
      await q(
        `insert into "NominationBatch" (id, "planId", "awardFormId", "unitId", "updatedAt") values ('b1', 'p1', 'f1', 'u1', now())`,
      );
      await q(`insert into "Registration" (id, "planId", "unitId", "updatedAt") values ('g1', 'p1', 'u1', now())`);
      await q(`insert into "AwardDecision" (id, "unitId", "planId", "awardFormId", "formName", authority, "amountBasis",
                 number, "numberYear", "decidedOn", "signerName", "budgetSource", total)
               values ('d1', 'u1', 'p1', 'f1', 'Giấy khen', 'Chủ tịch', '', '01', 2024, '2024-12-20', 'Người Ký', '', 0)`);

      await deployMigrations(url);

      const rounds = (await q(`select id, key, label, year, quota, "dossierDeadline"::text as due from "AwardRound"`))
        .rows;
      expect(rounds).toEqual([
        { id: "rnd_f1", key: "ONCE", label: "Năm 2024", year: 2024, quota: 5, due: "2024-12-10" },
      ]);
      for (const table of ["QuotaAllocation", "NominationBatch", "AwardDecision"])
        expect((await q(`select "roundId" from "${table}"`)).rows).toEqual([{ roundId: "rnd_f1" }]);
      expect((await q(`select year from "Registration"`)).rows).toEqual([{ year: 2024 }]);
    } finally {
      await c.end();
    }
  });
});
