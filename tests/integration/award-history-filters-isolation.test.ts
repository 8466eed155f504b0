/**
 * The award history at national scale (issue 15) reads its scope as a list of unit ids
 * (historyReadScopeByUnitIds) and its round filter's choices from AwardRoundTally (a count of awards per
 * unit and round that the database keeps by trigger), where it used a join on Unit.path and a semi-join
 * over every award in scope. These tests hold the new reads to the old ones — the same awards, in the
 * same order, and the same round labels — for a commune officer (its own unit and the commune it
 * succeeds), a district reviewer and a province chair, and to the tenant wall: another province's
 * chair is offered none of these rounds and finds none of these awards. The tally follows awards that
 * are inserted, moved to another decision or unit, and deleted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { AWARD_SORT_KEYS, findDecision, searchAwards } from "@/server/data/awards";
import { decisionReadScope, decisionsOfUnitsISucceed, historyReadScope, ownedByMyUnit } from "@/server/data/scope";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createUnit, uid, type TestUnit } from "../support/factories";
import { districtPlan } from "../support/district-plan";

const params = (search: SearchParams) =>
  parseTableParams(search, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year", defaultDir: "desc" });

type World = Awaited<ReturnType<typeof districtPlan>>;

describe("award history by unit ids and round tallies: same results as before, same wall", () => {
  let world: World;
  let predecessor: TestUnit;
  let actors: Record<"commune" | "district" | "province" | "stranger", Actor>;
  const decisions: Record<string, string> = {};
  let roundOf: Record<string, string>;

  beforeAll(async () => {
    world = await districtPlan({ quota: "" });
    const { tree } = world;
    // A commune merged into c1 in 2025: c1 reads its history (historyReadScope's inherited units).
    predecessor = await createUnit(`Xã Cũ ${uid()}`, "XA", tree.d1);
    await db().unitSuccession.create({
      data: {
        predecessorId: predecessor.id,
        successorId: tree.c1.id,
        effectiveOn: new Date("2025-07-01"),
        resolution: "",
      },
    });
    // Rounds of the district's form, as a plan given yearly and at a review would have them.
    const labels = ["Năm 2019", "Năm 2023", "Năm 2024", "Sơ kết giai đoạn 2021–2025", "Năm 2022"];
    roundOf = {};
    for (const [i, label] of labels.entries()) {
      const round = await db().awardRound.create({
        data: {
          awardFormId: world.formId,
          key: `T${i}${uid()}`,
          position: 10 + i,
          label,
          periodFrom: new Date("2019-01-01"),
          periodTo: new Date("2025-12-31"),
        },
      });
      roundOf[label] = round.id;
    }
    // Who signed what, in which round, for whose people.
    const signed: [string, TestUnit, string][] = [
      ["old", predecessor, "Năm 2019"],
      ["c1", tree.d1, "Năm 2023"],
      ["c2", tree.d1, "Năm 2024"],
      ["c3", tree.d2, "Sơ kết giai đoạn 2021–2025"],
      ["c4", tree.c4, "Năm 2022"],
    ];
    for (const [key, signer, label] of signed) {
      const decision = await db().awardDecision.create({
        data: {
          unitId: signer.id,
          planId: world.plan.id,
          awardFormId: world.formId,
          roundId: roundOf[label]!,
          formName: "Giấy khen của Chủ tịch UBND huyện",
          authority: "Chủ tịch UBND huyện",
          amountBasis: "",
          number: `${key}-${uid()}`,
          numberYear: 2025,
          decidedOn: new Date(Date.UTC(2025, 11, 20)),
          signerName: "Người Ký",
          budgetSource: "",
          total: 0,
        },
      });
      decisions[key] = decision.id;
    }
    const awardees: [TestUnit, string | null][] = [
      [predecessor, decisions.old!],
      [tree.c1, decisions.c1!],
      [tree.c1, null], // entered from a paper decision: in the history, in no round
      [tree.c2, decisions.c2!],
      [tree.c3, decisions.c3!],
      [tree.c4, decisions.c4!],
    ];
    const names = ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn Anh", "Lê Thị Bình"];
    await db().awardRecord.createMany({
      data: awardees.flatMap(([unit, decisionId], u) =>
        names.map((label, i) => ({
          unitId: unit.id,
          kind: "INDIVIDUAL" as const,
          label,
          name: i % 2 ? "Giấy khen của Chủ tịch UBND huyện" : "Lao động tiên tiến",
          year: 2020 + ((u + i) % 6),
          decisionNumber: "12/QĐ-UBND",
          decidedOn: new Date(Date.UTC(2025, 11, 1 + i)),
          conferredBy: "Chủ tịch UBND",
          source: decisionId ? ("DECISION" as const) : ("ENTERED" as const),
          decisionId,
        })),
      ),
    });
    actors = {
      commune: await createActor(tree.c1, ["OFFICER"]),
      district: await createActor(tree.d1, ["REVIEWER"]),
      province: await createActor(tree.p1, ["CHAIR", "OFFICER", "REVIEWER"]),
      stranger: await createActor(tree.p2, ["CHAIR", "OFFICER", "REVIEWER"]),
    };
  }, 120_000);

  /** The reads as they were before: the scope as a join on Unit.path, the rounds by a semi-join over the awards. */
  async function before(actor: Actor, q: string) {
    const scope = await historyReadScope(actor, "person.read");
    const rows = await db().awardRecord.findMany({
      where: { AND: [scope, ...(q ? [{ searchText: { contains: q } }] : [])] },
      orderBy: [{ year: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const rounds = await db().awardRound.findMany({
      where: { decisions: { some: { awards: { some: scope } } } },
      distinct: ["label"],
      orderBy: { label: "asc" },
      select: { label: true },
    });
    return { ids: rows.map((r) => r.id), labels: rounds.map((r) => r.label) };
  }

  async function now(actor: Actor, q: string) {
    const result = await searchAwards(actor, params({ q, "so-dong": "100" }));
    return { ids: result.rows.map((r) => r.id), labels: result.roundLabels, total: result.total };
  }

  it("gives each reader the awards and round labels the old reads gave, with or without a search", async () => {
    for (const [who, actor] of Object.entries(actors))
      for (const q of ["", "nguyen van an", "binh", "giay khen", "khong ai ten nay"]) {
        const old = await before(actor, q);
        const fresh = await now(actor, q);
        expect(fresh.ids, `${who} "${q}"`).toEqual(old.ids);
        expect(fresh.total, `${who} "${q}"`).toBe(old.ids.length);
        expect(fresh.labels, `${who}`).toEqual(old.labels);
      }
  });

  it("offers each reader the rounds of its own units' awards and of the units it succeeds, no other", async () => {
    expect((await now(actors.commune, "")).labels).toEqual(["Năm 2019", "Năm 2023"]);
    expect((await now(actors.district, "")).labels).toEqual(["Năm 2019", "Năm 2023", "Năm 2024"]);
    expect((await now(actors.province, "")).labels).toEqual([
      "Năm 2019",
      "Năm 2023",
      "Năm 2024",
      "Sơ kết giai đoạn 2021–2025",
    ]);
    // Another province: its own round only, none of province 1's awards.
    const stranger = await now(actors.stranger, "");
    expect(stranger.labels).toEqual(["Năm 2022"]);
    const tree = world.tree;
    const theirs = await db().awardRecord.findMany({ where: { id: { in: stranger.ids } }, select: { unitId: true } });
    expect(new Set(theirs.map((a) => a.unitId))).toEqual(new Set([tree.c4.id]));
    expect(stranger.ids).toHaveLength(4);
  });

  it("every round offered finds awards when chosen", async () => {
    for (const [who, actor] of Object.entries(actors))
      for (const round of (await now(actor, "")).labels) {
        const chosen = await searchAwards(actor, { ...params({ "so-dong": "100" }), round });
        expect(chosen.rows.length, `${who} ${round}`).toBeGreaterThan(0);
      }
  });

  it("reads the same decisions through decisionReadScope as through the join on Unit.path; no other province's", async () => {
    const readable = async (where: object) =>
      (await db().awardDecision.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);
    const expected = {
      commune: ["old", "c1"],
      district: ["old", "c1", "c2"],
      province: ["old", "c1", "c2", "c3"],
      stranger: ["c4"],
    };
    for (const [who, actor] of Object.entries(actors)) {
      const old = await readable({
        OR: [
          ownedByMyUnit(actor),
          await decisionsOfUnitsISucceed(actor),
          { awards: { some: await historyReadScope(actor, "person.read") } },
        ],
      });
      const fresh = await readable(await decisionReadScope(actor));
      expect(fresh, who).toEqual(old);
      const ours = fresh.filter((id) => Object.values(decisions).includes(id));
      expect(ours, who).toEqual(expected[who as keyof typeof expected].map((k) => decisions[k]!).sort());
    }
    await expect(findDecision(actors.stranger, decisions.c1!)).rejects.toMatchObject({ kind: "not_found" });
    await expect(findDecision(actors.commune, decisions.c2!)).rejects.toMatchObject({ kind: "not_found" });
    expect((await findDecision(actors.commune, decisions.c1!)).decision.id).toBe(decisions.c1);
  });

  it("the database keeps the tally as awards are moved and deleted", async () => {
    const { tree } = world;
    const tally = async (unit: TestUnit) =>
      Object.fromEntries(
        (
          await db().awardRoundTally.findMany({
            where: { unitId: unit.id },
            select: { awards: true, round: { select: { label: true } } },
          })
        ).map((t) => [t.round.label, t.awards]),
      );
    expect(await tally(tree.c2)).toEqual({ "Năm 2024": 4 });
    // One of c2's awards moved to the decision of 2023, one deleted: 2024 keeps 2.
    const [first, second] = await db().awardRecord.findMany({
      where: { unitId: tree.c2.id },
      orderBy: { id: "asc" },
      take: 2,
    });
    await db().awardRecord.update({ where: { id: first!.id }, data: { decisionId: decisions.c1! } });
    await db().awardRecord.delete({ where: { id: second!.id } });
    // A revocation moves nothing: the tally stays.
    await db().awardRecord.updateMany({ where: { unitId: tree.c2.id }, data: { revokeReason: "Thu hồi thử" } });
    expect(await tally(tree.c2)).toEqual({ "Năm 2023": 1, "Năm 2024": 2 });
    // The rest of 2024's awards deleted: the round is no longer offered to the district.
    await db().awardRecord.deleteMany({ where: { unitId: tree.c2.id, decisionId: decisions.c2! } });
    expect(await tally(tree.c2)).toEqual({ "Năm 2023": 1 });
    expect((await now(actors.district, "")).labels).toEqual(["Năm 2019", "Năm 2023"]);
    expect((await now(actors.district, "")).labels).toEqual((await before(actors.district, "")).labels);
    // An award moved to another commune follows it: c3's tally gains the 2023 round.
    await db().awardRecord.update({ where: { id: first!.id }, data: { unitId: tree.c3.id } });
    expect(await tally(tree.c2)).toEqual({});
    expect(await tally(tree.c3)).toEqual({ "Năm 2023": 1, "Sơ kết giai đoạn 2021–2025": 4 });
  });
});
