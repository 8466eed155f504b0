/**
 * Benchmark of the task board ("Tổng quan") at the scale of a province of 100 communes, and of a
 * commune: the board each role sees, as the layout reads it on every page (badges) and the home
 * page shows it. Counts the SQL statements of one board (it must not grow with the data: no N+1).
 *
 *   node_modules/.bin/tsx --conditions=react-server scripts/bench/task-board.ts
 *
 * Creates a fresh database `thidua_bench_board_<ts>` on DATABASE_URL's server (or the embedded one),
 * applies the real migrations, issues the province's plan and allocates its quota through the app's
 * data layer (which notifies the 100 communes), then inserts the communes' registrations, tờ trình,
 * invitations, meetings and failed sign-ins in bulk. Environment: DATABASE_URL, BENCH_COMMUNES (100),
 * KEEP_BENCH_DB=1.
 */
import os from "node:os";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { benchLog as log, runBench, withBenchDatabase } from "./bench-database";

const COMMUNES = Number(process.env.BENCH_COMMUNES) > 0 ? Number(process.env.BENCH_COMMUNES) : 100;
const WARMUP = 5;
const RUNS = 50;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const day = (offset: number) => new Date(Date.parse(new Date().toISOString().slice(0, 10)) + offset * 86_400_000);

const main = () => withBenchDatabase("thidua_bench_board", board);

async function board({ url }: { url: string }): Promise<number> {
  let appDb: { $disconnect(): Promise<void> } | null = null;
  try {
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "board-benchmark-secret-not-for-production";
    // The app's one client (src/server/db/client.ts keeps it on globalThis), made here with query
    // events so one board's statements can be counted.
    const { PrismaClient } = await import("../../src/generated/prisma/client");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
      log: [{ emit: "event", level: "query" }],
    });
    (globalThis as unknown as { prisma: typeof client }).prisma = client;
    appDb = client;
    let statements = 0;
    client.$on("query", () => statements++);
    const db = () => client;

    const { createActor, createUnit } = await import("../../tests/support/factories");
    const { ZPlanInput } = await import("../../src/schemas/plan");
    const { createPlan, transitionPlan } = await import("../../src/server/data/plans");
    const { setAllocations } = await import("../../src/server/data/quotas");
    const { saveCouncilRules, addCouncilMember } = await import("../../src/server/data/councils");
    const { taskBoard } = await import("../../src/server/data/tasks/board");

    const tSetup = performance.now();
    const province = await createUnit("Tỉnh Thử", "TINH", null);
    const communes = [];
    for (let i = 0; i < COMMUNES; i++) communes.push(await createUnit(`Xã Thử ${i + 1}`, "XA", province));
    const chair = await createActor(province, ["CHAIR", "REVIEWER", "OFFICER"]);
    const plan = await createPlan(
      chair,
      ZPlanInput.parse({
        kind: "ANNUAL",
        title: "Phong trào thi đua năm 2026",
        place: "Tỉnh",
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
            name: "Bằng khen của Chủ tịch UBND tỉnh",
            authority: "Chủ tịch UBND tỉnh",
            conferral: "OWN",
            recipientKind: "INDIVIDUAL",
            catalogueCode: "",
            capPercent: "",
            quota: COMMUNES * 2,
            subQuotas: [],
            criteria: ["Tiêu chuẩn"],
            cashValue: "",
            dossier: [],
          },
        ],
        registrationItems: [],
        registrationDeadline: day(5).toISOString().slice(0, 10),
        dossierDeadline: day(20).toISOString().slice(0, 10),
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
    const formId = plan.awardForms[0]!.id;
    const { id: roundId } = await db().awardRound.findFirstOrThrow({ where: { awardFormId: formId } });
    await setAllocations(
      chair,
      formId,
      communes.map((c) => ({ unitId: c.id, category: "", quantity: 1 })),
    );
    const registrationStates = ["SENT", "RETURNED", "APPROVED", null] as const;
    await db().registration.createMany({
      data: communes.flatMap((c, i) => {
        const status = registrationStates[i % 4];
        return status ? [{ planId: plan.id, unitId: c.id, year: plan.year, status }] : [];
      }),
    });
    const batchStates = ["SUBMITTED", "RETURNED", "DRAFT"] as const;
    await db().nominationBatch.createMany({
      data: communes.map((c, i) => ({
        planId: plan.id,
        awardFormId: formId,
        roundId,
        unitId: c.id,
        status: batchStates[i % 3]!,
      })),
    });
    await db().invitation.createMany({
      data: communes.slice(0, 30).map((c, i) => ({
        tokenHash: randomBytes(16).toString("hex"),
        kind: "ROLES" as const,
        email: `quantri${i}@xa.vn`,
        name: `Quản trị ${i}`,
        unitId: c.id,
        roles: ["ADMIN" as const],
        expiresAt: day(i % 2 ? 5 : -1),
      })),
    });
    await saveCouncilRules(chair, {
      name: "Hội đồng Thi đua - Khen thưởng tỉnh",
      quorumNumerator: 2,
      quorumDenominator: 3,
      thresholdPercent: 50,
      thresholdStrict: true,
      countsWrittenOpinions: true,
    });
    const member = await createActor(province, ["COUNCIL_MEMBER"]);
    await addCouncilMember(chair, {
      userId: member.userId,
      personId: "",
      role: "THANH_VIEN",
      termFrom: "2026-01-01",
      termTo: "",
    });
    const council = await db().council.findFirstOrThrow({ where: { unitId: province.id } });
    await db().councilMeeting.createMany({
      data: [3, 10, 20].map((d) => ({
        unitId: province.id,
        councilId: council.id,
        planId: plan.id,
        heldOn: day(d),
        startTime: "08:00",
        location: "Hội trường",
      })),
    });
    const admin = await createActor(province, ["ADMIN"]);
    const staff = await Promise.all(Array.from({ length: 20 }, () => createActor(province, ["OFFICER"])));
    await db().signInAttempt.createMany({
      data: staff.flatMap((s, i) =>
        Array.from({ length: i % 5 }, () => ({ identifier: s.email, ip: "127.0.0.1", succeeded: false })),
      ),
    });
    const communeOfficer = await createActor(communes[1]!, ["OFFICER"]);
    const communeChair = await createActor(communes[0]!, ["CHAIR"]);
    log(
      `setup: 1 province, ${COMMUNES} communes, their registrations and tờ trình in ${((performance.now() - tSetup) / 1000).toFixed(1)} s`,
    );

    const cases = [
      { name: `Province chair + reviewer + officer (${COMMUNES} communes)`, actor: chair },
      { name: "Province administrator (30 invitations, 20 accounts)", actor: admin },
      { name: "Province council member (3 meetings coming)", actor: member },
      { name: "Commune officer (registration returned, tờ trình returned)", actor: communeOfficer },
      { name: "Commune chair", actor: communeChair },
    ];
    console.log(`\n## Task board benchmark (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "cpu"})\n`);
    console.log("| board | tasks | SQL statements | p50 ms | p95 ms |");
    console.log("|---|---:|---:|---:|---:|");
    for (const c of cases) {
      for (let i = 0; i < WARMUP; i++) await taskBoard(c.actor);
      statements = 0;
      const tasks = await taskBoard(c.actor);
      const perBoard = statements;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await taskBoard(c.actor);
        times.push(performance.now() - t);
      }
      console.log(
        `| ${c.name} | ${tasks.length} | ${perBoard} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} |`,
      );
    }
    return 0;
  } finally {
    await appDb?.$disconnect().catch(() => {});
  }
}

runBench(main);
