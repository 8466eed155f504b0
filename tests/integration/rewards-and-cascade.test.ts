import { describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { db } from "@/server/db/client";
import { decideItem, signDecision } from "@/server/data/decisions";
import { approvalBoard } from "@/server/data/approval-plans";
import { decisionCertificates, decisionDocument } from "@/server/services/decision-documents";
import { awardHistoryXlsx } from "@/server/services/award-history";
import { cascadePlan, transitionPlan } from "@/server/data/plans";
import { setAllocations } from "@/server/data/quotas";
import {
  acceptBatch,
  createBatch,
  listInbox,
  listProposableForms,
  submitBatch,
  withdrawBatch,
} from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { campaign, passAll } from "../support/council-campaign";
import { districtPlan } from "../support/district-plan";
import { createActor, createPersonRow, uid } from "../support/factories";
import { readDocxText } from "../support/docx-text";
import { readPdfPages } from "../support/pdf-text";
import { inboxPage } from "../support/inbox";

/**
 * Issue 12, points 3 and 5 on real PostgreSQL: a reward as the plan writes it (a gift in kind, a
 * sum not known yet) through signing, the decision, the certificates and the award history; and a
 * ward's proposal on a form cascaded from the town's plan reaching the town's reviewer.
 */

const DECIDED_ON = "2026-11-20";
const sign = (c: Awaited<ReturnType<typeof campaign>>, more: object = {}) =>
  signDecision(c.chair, c.plan.id, {
    awardFormId: c.formId,
    decidedOn: DECIDED_ON,
    signerName: "Người Ký",
    budgetSource: "Quỹ thi đua, khen thưởng của huyện năm 2026",
    ...more,
  });

describe("rewards as the plan writes them", () => {
  it("a gift in kind reads as a gift in the decision and the history, and prints no certificate", async () => {
    const names = [`Trần Thị Quà ${uid()}`, `Lê Văn Tặng ${uid()}`];
    const c = await campaign({
      nominees: 2,
      seats: 3,
      quota: 2,
      names,
      formName: "Khen thưởng bằng quà",
      rewardKind: "GIFT",
      cashValue: 300_000,
      giftDescription: "một phần quà",
    });
    for (const item of await passAll(c)) await decideItem(c.chair, item.id, { approve: true });
    const decision = await sign(c);
    expect(decision).toMatchObject({ rewardKind: "GIFT", giftDescription: "một phần quà", total: 600_000 });

    const { paragraphs } = await readDocxText((await decisionDocument(c.chair, decision.id)).bytes);
    const text = paragraphs.join("\n");
    expect(text).toContain("Về việc tặng quà cho các cá nhân");
    expect(text).toContain("Điều 1. Tặng quà cho 02 cá nhân đã có thành tích xuất sắc");
    expect(text).toContain("Điều 2. Mỗi cá nhân được tặng một phần quà trị giá 300.000 đồng:");
    expect(text).toContain("- Tổng giá trị quà tặng: 600.000 đồng (Bằng chữ: Sáu trăm nghìn đồng);");
    expect(text).toContain("Các cá nhân được tặng quà");
    expect(text).not.toMatch(/được thưởng|Tổng số tiền thưởng|Tặng Khen thưởng bằng quà/u);
    // No certificate reads "TẶNG / KHEN THƯỞNG BẰNG QUÀ": a gift on its own has none.
    await expect(decisionCertificates(c.chair, decision.id)).rejects.toMatchObject({ kind: "conflict" });
    const board = await approvalBoard(c.chair, c.plan.id);
    expect(board.decisions.find((d) => d.id === decision.id)).toMatchObject({ certificate: false });

    const awards = await db().awardRecord.findMany({ where: { decisionId: decision.id } });
    expect(awards.map((a) => [a.rewardKind, a.giftDescription, a.amount])).toEqual([
      ["GIFT", "một phần quà", 300_000],
      ["GIFT", "một phần quà", 300_000],
    ]);
    const [sheet] = await readExcelFile(await awardHistoryXlsx(c.chair, {}));
    const rows = sheet!.data.map((r) => r.map((cell) => (cell === null ? "" : String(cell))));
    const row = rows.find((r) => r.includes(names[0]!))!;
    expect(row).toContain("Một phần quà trị giá 300.000 đồng");
  });

  it("a Giấy khen with a gift prints the Giấy khen and words the gift beside it", async () => {
    const c = await campaign({
      nominees: 1,
      seats: 3,
      rewardKind: "GIFT",
      cashValue: 300_000,
      giftDescription: "một bộ sách",
    });
    for (const item of await passAll(c)) await decideItem(c.chair, item.id, { approve: true });
    const decision = await sign(c);
    const { paragraphs } = await readDocxText((await decisionDocument(c.chair, decision.id)).bytes);
    expect(paragraphs).toContain(
      "Điều 2. Kèm theo Giấy khen của Chủ tịch UBND huyện, mỗi cá nhân được tặng một bộ sách trị giá 300.000 đồng:",
    );
    const pages = (await readPdfPages((await decisionCertificates(c.chair, decision.id)).bytes)).pages;
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("GIẤY KHEN");
    expect(pages[0]).not.toMatch(/QUÀ|SÁCH/u);
  });

  it("an unknown amount blocks signing until the chair enters it or confirms 'không kèm tiền thưởng'", async () => {
    // The plan chose a sum of money but wrote none.
    const c = await campaign({ nominees: 1, seats: 3, rewardKind: "CASH" });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const board = (await approvalBoard(c.chair, c.plan.id)).forms.find((f) => f.id === c.formId)!;
    expect(board).toMatchObject({ estimateOpen: true, estimate: 0 });
    await expect(sign(c)).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: {
        amountIndividual: expect.stringMatching(/không ghi số tiền.*không kèm tiền thưởng/su),
        amountReason: expect.any(String),
      },
    });
    expect(await db().awardDecision.count({ where: { planId: c.plan.id } })).toBe(0);

    const decision = await sign(c, { noMoney: true });
    expect(decision).toMatchObject({ rewardKind: "NONE", total: 0, amountBasis: "" });
    const award = await db().awardRecord.findFirstOrThrow({ where: { decisionId: decision.id } });
    expect(award).toMatchObject({ rewardKind: "NONE", amount: null });
    const { paragraphs } = await readDocxText((await decisionDocument(c.chair, decision.id)).bytes);
    // No money: no Điều on money, and the last article is Điều 2.
    expect(paragraphs.join("\n")).not.toMatch(/tiền thưởng|được thưởng/u);
    expect(paragraphs.some((p) => p.startsWith("Điều 2. Quyết định này có hiệu lực"))).toBe(true);
  });

  it("an entered amount is signed as entered, with its reason", async () => {
    const c = await campaign({ nominees: 1, seats: 3, rewardKind: "GIFT", giftDescription: "một phần quà" });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const decision = await sign(c, { amountIndividual: 250_000, amountReason: "Theo dự toán được duyệt" });
    expect(decision).toMatchObject({
      rewardKind: "GIFT",
      total: 250_000,
      amountBasis: "cá nhân một phần quà trị giá 250.000 đồng, do Chủ tịch quyết định: Theo dự toán được duyệt",
    });
  });
});

describe("a cascaded plan carries proposals up", () => {
  /** The town (district D1) issues its plan; the ward (commune C1) cascades it and issues its own. */
  async function cascaded() {
    const town = await districtPlan({ quota: 5, dossier: false });
    const townChair = town.chair; // CHAIR, OFFICER, REVIEWER of the town
    await setAllocations(townChair, town.formId, [{ unitId: town.tree.c1.id, category: "", quantity: 2 }]);
    const wardChair = await createActor(town.tree.c1, ["CHAIR", "OFFICER"]);
    const child = await cascadePlan(wardChair, town.plan.id);
    await transitionPlan(wardChair, child.id, "issue");
    const wardOfficer = await createActor(town.tree.c1, ["OFFICER"]);
    const person = await createPersonRow(town.tree.c1, `Phạm Thị Phường ${uid()}`);
    return { ...town, townChair, wardChair, wardOfficer, child, person };
  }
  const nominee = (personId: string) => ({
    kind: "INDIVIDUAL" as const,
    personId,
    category: "",
    summary: "Hoàn thành xuất sắc nhiệm vụ",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
  });

  it("copies the town's plan as defaults, without its numbers, place or signer", async () => {
    const w = await cascaded();
    expect(w.child.place).toBe(w.tree.c1.name.replace(/^Xã /u, "")); // the ward's own place name
    expect(w.child.signerName).toBe("");
    expect(w.child.recipients).toEqual(["Lưu: VT"]);
    expect(w.child.awardForms).toEqual([
      expect.objectContaining({ parentFormId: w.formId, conferral: "PROPOSED", quota: null }),
    ]);
    // The ward's list of forms offers the town's form once, never its own copy of it.
    const forms = await listProposableForms(w.wardOfficer);
    expect(forms.map((f) => f.id)).toContain(w.formId);
    expect(forms.map((f) => f.id)).not.toContain(w.child.awardForms[0]!.id);
  });

  it("a batch filed on the copied form reaches the town's reviewer, who accepts it; withdrawal and duplicates", async () => {
    const w = await cascaded();
    const batch = await createBatch(w.wardOfficer, w.child.awardForms[0]!.id);
    expect(batch).toMatchObject({ awardFormId: w.formId, planId: w.plan.id, unitId: w.tree.c1.id });
    await addNominee(w.wardOfficer, batch.id, nominee(w.person.id));
    await submitBatch(w.wardOfficer, batch.id);
    expect((await listInbox(w.townChair, inboxPage)).rows.map((b) => b.id)).toContain(batch.id);

    // A second nomination of the same person for the same award is flagged while the first is pending.
    const second = await createBatch(w.wardOfficer, w.formId);
    await expect(addNominee(w.wardOfficer, second.id, nominee(w.person.id))).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining('đang được đề nghị "Giấy khen của Chủ tịch UBND huyện" trong một tờ trình khác'),
    });

    // "Rút tờ trình": back to a draft in a new round, out of the town's inbox; only its unit may.
    await expect(withdrawBatch(w.townChair, batch.id, "Rút thay đơn vị khác")).rejects.toMatchObject({
      kind: expect.stringMatching(/not_found|forbidden/u),
    });
    await withdrawBatch(w.wardOfficer, batch.id, "Bổ sung hồ sơ");
    const withdrawn = await db().nominationBatch.findUniqueOrThrow({
      where: { id: batch.id },
      include: { events: true },
    });
    expect(withdrawn).toMatchObject({ status: "DRAFT", round: 2, submittedAt: null });
    expect(withdrawn.events.map((e) => e.action)).toContain("WITHDRAWN");
    expect((await listInbox(w.townChair, inboxPage)).rows.map((b) => b.id)).not.toContain(batch.id);
    expect(
      await db().auditEntry.count({ where: { entity: "NominationBatch", entityId: batch.id, action: "UPDATE" } }),
    ).toBeGreaterThanOrEqual(2);
    await expect(withdrawBatch(w.wardOfficer, batch.id, "Rút lần nữa")).rejects.toMatchObject({ kind: "conflict" });

    await submitBatch(w.wardOfficer, batch.id);
    await acceptBatch(w.townChair, batch.id);
    expect(await db().nominationBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "ACCEPTED",
    });
    // Accepted: too late to withdraw.
    await expect(withdrawBatch(w.wardOfficer, batch.id, "Quá muộn")).rejects.toMatchObject({ kind: "conflict" });
  });
});
