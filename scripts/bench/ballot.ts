/**
 * Benchmark of a council's secret ballot under load: every member sends his ballot paper at the
 * same moment, then every member sends it again five times over (impatient double clicks on a weak
 * connection), then the secretary closes and the meeting page is read.
 *
 *   node_modules/.bin/tsx --conditions=react-server scripts/bench/ballot.ts
 *
 * Creates a fresh database `thidua_bench_ballot_<ts>` on DATABASE_URL's server (or the embedded one,
 * started here if needed), applies the real migrations, and builds the campaign through the app's
 * own data layer (plan, allocation, nominations, review, council, meeting): nothing is inserted
 * behind the app's back. Then times castVotes (each member: one ballot with every nominee, a receipt
 * and a sealed envelope per nominee), the duplicate storm (all refused by the receipts' primary
 * key), closeBallot (opening and counting every envelope, then VACUUM of the ballot's tables) and
 * findMeeting, and checks the counts add up, nominee by nominee, and that the box is empty. Environment: DATABASE_URL, BENCH_SEATS (25), BENCH_NOMINEES (60),
 * KEEP_BENCH_DB=1.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { benchLog as log, runBench, withBenchDatabase } from "./bench-database";

const intEnv = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : dflt;
};
const SEATS = intEnv("BENCH_SEATS", 25);
const NOMINEES = intEnv("BENCH_NOMINEES", 60);
const DUPLICATES = 5;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (n: number) => n.toFixed(1);

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

const main = () => withBenchDatabase("thidua_bench_ballot", ballot);

async function ballot({ url }: { url: string }): Promise<number> {
  let appDb: { $disconnect(): Promise<void> } | null = null;
  try {
    // Only now may src/server modules be imported: the db client reads env on first use.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "ballot-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    appDb = db();
    const { createActor, createPersonRow } = await import("../../tests/support/factories");
    const { districtPlan } = await import("../../tests/support/district-plan");
    const { setAllocations } = await import("../../src/server/data/quotas");
    const { acceptBatch, createBatch, submitBatch } = await import("../../src/server/data/nominations/batches");
    const { addNominee } = await import("../../src/server/data/nominations/nominees");
    const { addCouncilMember, saveCouncilRules } = await import("../../src/server/data/councils");
    const { findMeeting, openBallot, openSession, scheduleMeeting } = await import("../../src/server/data/meetings");
    const { castVotes, closeBallot } = await import("../../src/server/data/ballot");

    const tSetup = performance.now();
    const { tree, chair, plan, formId } = await districtPlan({ quota: NOMINEES, dossier: false });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: NOMINEES }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    for (let i = 0; i < NOMINEES; i++) {
      const person = await createPersonRow(tree.c1, `Người Đề Nghị Số ${i + 1}`);
      await addNominee(officer, batch.id, {
        kind: "INDIVIDUAL",
        personId: person.id,
        category: "",
        summary: "Thành tích",
        periodFrom: "2026-01-01",
        periodTo: "2026-12-31",
      });
    }
    await submitBatch(officer, batch.id);
    await acceptBatch(chair, batch.id);
    await saveCouncilRules(chair, {
      name: "Hội đồng Thi đua - Khen thưởng",
      quorumNumerator: 2,
      quorumDenominator: 3,
      thresholdPercent: 50,
      thresholdStrict: true,
      countsWrittenOpinions: true,
    });
    const members = [];
    for (let i = 0; i < SEATS; i++) {
      const m = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
      await addCouncilMember(chair, {
        userId: m.userId,
        personId: "",
        role: i === 0 ? "THU_KY" : "THANH_VIEN",
        termFrom: "2026-01-01",
        termTo: "",
      });
      members.push(m);
    }
    const meeting = await scheduleMeeting(chair, {
      planId: plan.id,
      heldOn: "2026-11-16",
      startTime: "08:00",
      location: "Hội trường",
      disclosureFrom: "",
      disclosureTo: "",
    });
    const secretary = members[0]!;
    const view = await findMeeting(secretary, meeting.id);
    await openSession(
      secretary,
      meeting.id,
      view.seats.map((s) => s.id),
    );
    await openBallot(secretary, meeting.id);
    const items = (await findMeeting(secretary, meeting.id)).items;
    log(
      `setup through the data layer: ${NOMINEES} nominees, ${SEATS} seats in ${((performance.now() - tSetup) / 1000).toFixed(1)} s`,
    );

    // Every member at once, each ballot with a choice per nominee (member k disagrees with nominee k).
    const ballot = (k: number) =>
      items.map((it, j) => ({
        itemId: it.id,
        choice: (j % SEATS === k ? "DISAGREE" : "AGREE") as "AGREE" | "DISAGREE",
      }));
    const wall = performance.now();
    const first = await Promise.all(members.map((m, k) => timed(() => castVotes(m, meeting.id, ballot(k)))));
    const firstWall = performance.now() - wall;
    const lat = first.map((r) => r.ms);

    // The storm: every member again, DUPLICATES times over, all at once: all must be refused.
    const stormWall = performance.now();
    const storm = await Promise.all(
      members.flatMap((m, k) =>
        Array.from({ length: DUPLICATES }, () =>
          timed(() =>
            castVotes(m, meeting.id, ballot(k)).then(
              () => "accepted",
              () => "refused",
            ),
          ),
        ),
      ),
    );
    const stormMs = performance.now() - stormWall;
    const accepted = storm.filter((r) => r.value === "accepted").length;

    const close = await timed(() => closeBallot(secretary, meeting.id));
    const page = await Promise.all(Array.from({ length: 10 }, () => timed(() => findMeeting(chair, meeting.id))));
    const after = await findMeeting(chair, meeting.id);
    const counted = after.items.reduce((s, i) => s + (i.count!.agree + i.count!.disagree), 0);
    const receipts = await db().ballotReceipt.count({ where: { item: { meetingId: meeting.id } } });
    const envelopes = await db().ballotEnvelope.count({ where: { item: { meetingId: meeting.id } } });
    // Each nominee: the one member k with j % SEATS === k disagrees, all others agree.
    const exact = after.items.every((i) => i.count!.disagree === 1 && i.count!.agree === SEATS - 1);

    console.log(
      `\n## Ballot benchmark — ${SEATS} seats × ${NOMINEES} nominees (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "cpu"})\n`,
    );
    console.log("| step | figure |");
    console.log("|---|---:|");
    console.log(`| all ${SEATS} ballots sent at once: wall time | ${ms(firstWall)} ms |`);
    console.log(
      `| one ballot (${NOMINEES} votes) p50 / p95 / max | ${ms(pct(lat, 50))} / ${ms(pct(lat, 95))} / ${ms(Math.max(...lat))} ms |`,
    );
    console.log(
      `| ${SEATS * DUPLICATES} duplicate ballots at once: wall time, accepted | ${ms(stormMs)} ms, ${accepted} |`,
    );
    console.log(`| close and count | ${ms(close.ms)} ms |`);
    console.log(
      `| meeting page data after the count, p50 of 10 | ${ms(
        pct(
          page.map((p) => p.ms),
          50,
        ),
      )} ms |`,
    );
    const ok =
      accepted === 0 && counted === SEATS * NOMINEES && receipts === SEATS * NOMINEES && envelopes === 0 && exact;
    console.log(
      `\nChecks: votes counted ${counted} = receipts ${receipts} = ${SEATS * NOMINEES} expected; every nominee ${SEATS - 1} for, 1 against: ${exact}; envelopes left ${envelopes}; duplicates accepted ${accepted} → ${ok ? "OK" : "FAILED"}`,
    );
    return ok ? 0 : 1;
  } finally {
    await appDb?.$disconnect().catch(() => {});
  }
}

runBench(main);
