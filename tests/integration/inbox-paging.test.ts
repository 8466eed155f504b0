import { describe, expect, it } from "vitest";
import { INBOX_SORT_KEYS, listInbox } from "@/server/data/nominations/batches";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import type { Actor } from "@/server/auth/actor-types";
import { db } from "@/server/db/client";
import { createActor, createUnit, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * Issue 15, point 2: the reviewer's inbox pages by keyset, newest sent first through the index
 * (reviewUnitId, submittedAt, id), counts nominees for the page's batches only and caps its total.
 * Batches sent in the same instant are ordered by id, across pages, forwards and back.
 */

const params = (search: SearchParams) =>
  parseTableParams(search, { sortKeys: INBOX_SORT_KEYS, defaultSort: "submittedAt", defaultDir: "desc" });

type Status = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** A district plan whose form received `count` batches from its communes, each with `i % 4` nominees. */
async function inboxWorld(statusOf: (i: number) => Status, submittedAtOf: (i: number) => Date | null, count: number) {
  const { tree, chair, plan, formId } = await districtPlan({ quota: 5, dossier: false });
  const round = await db().awardRound.findFirstOrThrow({ where: { awardFormId: formId }, select: { id: true } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const batch = await db().nominationBatch.create({
      data: {
        planId: plan.id,
        awardFormId: formId,
        roundId: round.id,
        unitId: (i % 2 ? tree.c1 : tree.c2).id,
        status: statusOf(i),
        submittedAt: submittedAtOf(i),
        nominees: {
          create: Array.from({ length: i % 4 }, (_, position) => ({
            position,
            kind: "INDIVIDUAL" as const,
            label: `Người ${i}.${position}`,
            summary: "Hoàn thành xuất sắc nhiệm vụ",
            periodFrom: new Date("2026-01-01"),
            periodTo: new Date("2026-12-31"),
          })),
        },
      },
    });
    ids.push(batch.id);
  }
  return { tree, chair, ids };
}

/** Follows "Sau" to the end, then "Trước" back to page 1. */
async function walk(actor: Actor, base: SearchParams, status?: "SUBMITTED" | "RETURNED" | "ACCEPTED") {
  const forward: string[][] = [];
  let search: SearchParams = { ...base };
  let page = 1;
  for (;;) {
    const result = await listInbox(actor, params(search), { status });
    forward.push(result.rows.map((r) => r.id));
    if (!result.cursors.after) break;
    page++;
    search = { ...base, trang: String(page), sau: result.cursors.after };
    expect(page).toBeLessThan(30);
  }
  const backward: string[][] = [forward.at(-1)!];
  let before = (await listInbox(actor, params(search), { status })).cursors.before;
  while (before) {
    page--;
    const result = await listInbox(actor, params({ ...base, trang: String(page), truoc: before }), { status });
    backward.unshift(result.rows.map((r) => r.id));
    before = result.cursors.before;
  }
  return { forward, backward, page };
}

describe("keyset paging of the reviewer inbox (issue 15, point 2)", () => {
  it("pages newest sent first, batches of the same instant by id, forwards and back; drafts never listed", async () => {
    const t0 = new Date("2026-11-20T02:00:00Z");
    // 12 batches sent in the same millisecond (a tie across pages of 10), 11 a minute apart, 3 drafts.
    const world = await inboxWorld(
      (i) => (i >= 23 ? "DRAFT" : (["SUBMITTED", "RETURNED", "ACCEPTED"] as const)[i % 3]!),
      (i) => (i >= 23 ? null : i < 12 ? t0 : new Date(t0.getTime() - (i - 11) * 60_000)),
      26,
    );
    const all = await listInbox(world.chair, params({ "so-dong": "100" }));
    expect(all).toMatchObject({ total: 23, totalCapped: false });
    const sent = world.ids.slice(0, 23);
    // Same instant: the larger id first (descending by (submittedAt, id)); then older ones.
    const tied = [...sent.slice(0, 12)].sort().reverse();
    expect(all.rows.map((r) => r.id)).toEqual([...tied, ...sent.slice(12)]);
    // Nominees counted per listed batch (i % 4 each).
    expect(all.rows.map((r) => r.nomineeCount)).toEqual(all.rows.map((r) => world.ids.indexOf(r.id) % 4));

    const { forward, backward, page } = await walk(world.chair, { "so-dong": "10" });
    expect(forward.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(forward.flat()).toEqual(all.rows.map((r) => r.id));
    expect(backward).toEqual(forward);
    expect(page).toBe(1);
  });

  it("filters by status through the same paging, and counts only that status", async () => {
    const t0 = new Date("2026-11-21T02:00:00Z");
    const world = await inboxWorld(
      (i) => (i % 2 ? "SUBMITTED" : "ACCEPTED"),
      (i) => new Date(t0.getTime() - Math.floor(i / 3) * 1000),
      24,
    );
    const pending = world.ids.filter((_, i) => i % 2);
    const { forward, backward } = await walk(world.chair, { "so-dong": "10" }, "SUBMITTED");
    expect(forward.map((p) => p.length)).toEqual([10, 2]);
    expect(new Set(forward.flat())).toEqual(new Set(pending));
    expect(backward).toEqual(forward);
    const first = await listInbox(world.chair, params({ "so-dong": "10" }), { status: "SUBMITTED" });
    expect(first).toMatchObject({ total: 12, totalCapped: false });
  });

  it("a forged cursor is ignored (the page is read by its number); another unit's reviewer sees none of it", async () => {
    const world = await inboxWorld(
      () => "SUBMITTED",
      (i) => new Date(Date.UTC(2026, 10, 1, 0, i)),
      3,
    );
    const forged = await listInbox(world.chair, params({ "so-dong": "10", sau: "bm90LWEtY3Vyc29y" }));
    expect(forged.rows.map((r) => r.id)).toEqual([...world.ids].reverse());
    expect(forged.cursors).toEqual({ after: undefined, before: undefined });
    // A well-formed cursor naming another unit's batch only moves the seek position: still only this unit's rows.
    const elsewhere = await createUnit(`Huyện Khác ${uid()}`, "HUYEN", null);
    const stranger = await createActor(elsewhere, ["CHAIR", "REVIEWER"]);
    const theirs = await listInbox(stranger, params({ "so-dong": "10" }));
    expect(theirs).toMatchObject({ rows: [], total: 0 });
    // Nor does the commune that sent them review them.
    const sender = await createActor(world.tree.c1, ["CHAIR", "REVIEWER"]);
    expect((await listInbox(sender, params({}))).rows).toEqual([]);
  });

  it("keeps the reviewing unit when a successor takes the plan over (the trigger moves reviewUnitId)", async () => {
    const world = await inboxWorld(
      () => "SUBMITTED",
      (i) => new Date(Date.UTC(2026, 10, 2, 0, i)),
      2,
    );
    const batch = await db().nominationBatch.findUniqueOrThrow({ where: { id: world.ids[0]! } });
    expect(batch.reviewUnitId).toBe(world.tree.d1.id);
    // A writer cannot set it to something else: the plan's unit wins.
    await db().nominationBatch.update({ where: { id: batch.id }, data: { reviewUnitId: world.tree.c1.id } });
    expect((await db().nominationBatch.findUniqueOrThrow({ where: { id: batch.id } })).reviewUnitId).toBe(
      world.tree.d1.id,
    );
    const successor = await createUnit(`Huyện Kế Thừa ${uid()}`, "HUYEN", null);
    await db().plan.update({ where: { id: batch.planId }, data: { unitId: successor.id } });
    const moved = await db().nominationBatch.findMany({
      where: { id: { in: world.ids } },
      select: { reviewUnitId: true },
    });
    expect(moved.map((b) => b.reviewUnitId)).toEqual([successor.id, successor.id]);
    const successorChair = await createActor(successor, ["CHAIR", "REVIEWER"]);
    expect((await listInbox(successorChair, params({}))).total).toBe(2);
    expect((await listInbox(world.chair, params({}))).total).toBe(0);
  });
});
