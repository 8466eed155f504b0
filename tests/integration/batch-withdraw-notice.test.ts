import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import {
  createBatch,
  findBatch,
  INBOX_SORT_KEYS,
  listInbox,
  submitBatch,
  withdrawBatch,
} from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { countMyUnread, listMyNotifications } from "@/server/data/notifications/centre";
import type { Actor } from "@/server/auth/actor-types";
import { parseTableParams } from "@/lib/table-params";
import { districtPlan } from "../support/district-plan";
import { createActor, createPersonRow, uid } from "../support/factories";

/**
 * A commune's tờ trình to the district's plan, one nominee, not sent yet: the commune's officer, the
 * district's reviewer and chair (the reviewing unit), the sibling commune and another district.
 */
async function draftToDistrict() {
  const { tree, chair, plan, formId } = await districtPlan({ quota: 5, dossier: false });
  await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 2 }]);
  const officer = await createActor(tree.c1, ["OFFICER", "CHAIR"]);
  const reviewer = await createActor(tree.d1, ["REVIEWER"]);
  const sibling = await createActor(tree.c2, ["OFFICER", "CHAIR"]);
  const otherDistrict = await createActor(tree.d2, ["REVIEWER", "CHAIR"]);
  const batch = await createBatch(officer, formId);
  const person = await createPersonRow(tree.c1, `Nguyễn Văn Gửi ${uid()}`);
  await addNominee(officer, batch.id, {
    kind: "INDIVIDUAL",
    personId: person.id,
    category: "",
    summary: "Hoàn thành xuất sắc nhiệm vụ",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
  });
  return { tree, plan, batch, chair, officer, reviewer, sibling, otherDistrict };
}

const noticesOf = async (actor: Actor, kind: "BATCH_SUBMITTED" | "BATCH_WITHDRAWN") =>
  (await listMyNotifications(actor)).filter((n) => n.kind === kind);

/**
 * "Gửi tờ trình" on real PostgreSQL: the batch enters the reviewing unit's inbox, and that unit is told
 * in the app, in the submission's own transaction, which unit sent it for which plan; no other unit is.
 */
describe("sending a batch tells the reviewing unit", () => {
  it("the district's reviewers get the notice naming the commune and the plan; the commune, its sibling and another district do not", async () => {
    const { tree, plan, batch, chair, officer, reviewer, sibling, otherDistrict } = await draftToDistrict();
    const unreadBefore = await countMyUnread(reviewer);

    await submitBatch(officer, batch.id);

    const [notice, ...more] = await noticesOf(reviewer, "BATCH_SUBMITTED");
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ link: `/de-nghi/${batch.id}`, userId: null, readAt: null });
    expect(notice!.text).toBe(
      `${tree.c1.name} gửi tờ trình "Giấy khen của Chủ tịch UBND huyện" (2026–2099) theo kế hoạch "${plan.title}"`,
    );
    expect(await countMyUnread(reviewer)).toBe(unreadBefore + 1);
    // The district's chair reviews there too, and opens the batch from the notice's link.
    expect((await noticesOf(chair, "BATCH_SUBMITTED")).map((n) => n.id)).toEqual([notice!.id]);
    await expect(findBatch(chair, batch.id)).resolves.toMatchObject({ reviewing: true });
    for (const actor of [officer, sibling, otherDistrict])
      expect(await noticesOf(actor, "BATCH_SUBMITTED")).toEqual([]);
    // A second send is refused and tells nobody again: written once, to the reviewing unit alone.
    await expect(submitBatch(officer, batch.id)).rejects.toMatchObject({ kind: "conflict" });
    expect(
      await db().notification.count({
        where: { kind: "BATCH_SUBMITTED", unitId: { in: Object.values(tree).map((u) => u.id) } },
      }),
    ).toBe(1);
  });

  it("the reviewer's inbox says which plan and round each tờ trình is for", async () => {
    const { plan, batch, officer, reviewer } = await draftToDistrict();
    await submitBatch(officer, batch.id);
    const inbox = await listInbox(
      reviewer,
      parseTableParams({}, { sortKeys: INBOX_SORT_KEYS, defaultSort: "submittedAt", defaultDir: "desc" }),
    );
    expect(inbox.rows.map((r) => [r.id, r.awardForm.plan.title, r.awardRound.label])).toEqual([
      [batch.id, plan.title, "2026–2099"],
    ]);
  });
});

/**
 * "Rút tờ trình" on real PostgreSQL: the batch leaves the reviewing unit's inbox, so the reviewing unit
 * is told in the app, with the reason, in the withdrawal's own transaction; no other unit is.
 */
describe("withdrawing a batch tells the reviewing unit", () => {
  it("the district's reviewers get the notice with the reason; the commune, its sibling and another district do not", async () => {
    const { tree, batch, chair, officer, reviewer, sibling, otherDistrict } = await draftToDistrict();
    const everyone = [chair, reviewer, officer, sibling, otherDistrict];
    const withdrawnNotices = (actor: Actor) => noticesOf(actor, "BATCH_WITHDRAWN");
    await submitBatch(officer, batch.id);
    // Sent: the reviewer reads it, and nobody has been told of a withdrawal.
    expect(await findBatch(reviewer, batch.id)).toMatchObject({
      batch: { id: batch.id, status: "SUBMITTED" },
      reviewing: true,
    });
    for (const actor of everyone) expect(await withdrawnNotices(actor)).toEqual([]);
    const unreadBefore = await countMyUnread(reviewer);

    await withdrawBatch(officer, batch.id, "Bổ sung báo cáo thành tích");

    const [notice, ...more] = await withdrawnNotices(reviewer);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ link: "/de-nghi/tham-dinh", userId: null, readAt: null });
    expect(notice!.text).toBe(
      `${tree.c1.name} rút tờ trình "Giấy khen của Chủ tịch UBND huyện" (2026–2099): Bổ sung báo cáo thành tích`,
    );
    expect(await countMyUnread(reviewer)).toBe(unreadBefore + 1);
    // The district's chair reviews there too; the batch is no longer the reviewer's to open (a draft).
    expect((await withdrawnNotices(chair)).map((n) => n.id)).toEqual([notice!.id]);
    await expect(findBatch(reviewer, batch.id)).rejects.toMatchObject({ kind: "not_found" });
    // Written once, to the reviewing unit alone.
    for (const actor of [officer, sibling, otherDistrict]) expect(await withdrawnNotices(actor)).toEqual([]);
    expect(
      await db().notification.count({
        where: { kind: "BATCH_WITHDRAWN", unitId: { in: Object.values(tree).map((u) => u.id) } },
      }),
    ).toBe(1);
  });

  it("a withdrawal refused writes no notice", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5, dossier: false });
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    // A draft was never sent: there is nothing to withdraw.
    await expect(withdrawBatch(officer, batch.id, "Rút bản nháp")).rejects.toMatchObject({ kind: "conflict" });
    expect((await listMyNotifications(chair)).filter((n) => n.kind === "BATCH_WITHDRAWN")).toEqual([]);
  });
});
