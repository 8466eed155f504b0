import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, findBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee, addNominees } from "@/server/data/nominations/nominees";
import { reviewDocument } from "@/server/data/nominations/dossier-documents";
import { uploadDossierFile } from "@/server/services/dossier-files";
import { createActor, createPersonRow, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * Bulk steps of a tờ trình on real PostgreSQL (issue 17, "Bulk work"): several nominees added at
 * once (never twice), and the whole batch accepted in one step (every filed document "Đạt").
 */

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const shared = {
  kind: "INDIVIDUAL" as const,
  category: "",
  summary: "Hoàn thành xuất sắc nhiệm vụ năm 2026",
  periodFrom: "2026-01-01",
  periodTo: "2026-12-31",
};

async function draft(opts: { quota?: number; dossier?: string[] | false } = {}) {
  const { tree, chair, formId } = await districtPlan({ quota: opts.quota ?? 10, dossier: opts.dossier });
  await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: opts.quota ?? 10 }]);
  const officer = await createActor(tree.c1, ["OFFICER"]);
  const batch = await createBatch(officer, formId);
  return { tree, chair, formId, officer, batch };
}

/** An amendment of the plan cuts the form's number, and so its round's (quotas count per round). */
async function cutQuota(formId: string, quota: number) {
  await db().planAwardForm.update({ where: { id: formId }, data: { quota } });
  await db().awardRound.updateMany({ where: { awardFormId: formId }, data: { quota } });
}

describe("adding several nominees at once", () => {
  it("adds everyone chosen once, in order, with a dossier checklist each", async () => {
    const { tree, officer, batch } = await draft();
    const people = [];
    for (const name of ["Lê Văn An", "Trần Thị Bình", "Phạm Minh Châu"])
      people.push(await createPersonRow(tree.c1, name));
    // The same person twice in one request is added once.
    const ids = [people[0]!.id, people[1]!.id, people[0]!.id, people[2]!.id];
    expect(await addNominees(officer, batch.id, { ...shared, ids })).toBe(3);
    const { batch: read } = await findBatch(officer, batch.id);
    expect(read.nominees.map((n) => [n.label, n.position, n.documents.length])).toEqual([
      ["Lê Văn An", 0, 1],
      ["Trần Thị Bình", 1, 1],
      ["Phạm Minh Châu", 2, 1],
    ]);
  });

  it("adds nobody when one of them is already on the batch, and names who", async () => {
    const { tree, officer, batch } = await draft();
    const a = await createPersonRow(tree.c1, `Đã Có ${uid()}`);
    const b = await createPersonRow(tree.c1, `Người Mới ${uid()}`);
    await addNominee(officer, batch.id, { ...shared, personId: a.id });
    await expect(addNominees(officer, batch.id, { ...shared, ids: [b.id, a.id] })).rejects.toMatchObject({
      kind: "conflict",
      message: `${a.fullName} đã có trong tờ trình.`,
    });
    expect(await db().nominee.count({ where: { batchId: batch.id } })).toBe(1);
  });

  it("adds nobody when one is not of the unit", async () => {
    const { tree, officer, batch } = await draft();
    const mine = await createPersonRow(tree.c1, `Của Xã ${uid()}`);
    const elsewhere = await createPersonRow(tree.c2, `Xã Khác ${uid()}`);
    await expect(addNominees(officer, batch.id, { ...shared, ids: [mine.id, elsewhere.id] })).rejects.toMatchObject({
      fieldErrors: { personId: "Chọn người của đơn vị." },
    });
    expect(await db().nominee.count({ where: { batchId: batch.id } })).toBe(0);
  });
});

describe("accepting a whole tờ trình", () => {
  it("marks every filed document 'Đạt' and accepts the batch in one step", async () => {
    const { tree, chair, officer, batch } = await draft({ dossier: ["Báo cáo thành tích", "Biên bản họp xét"] });
    const people = [await createPersonRow(tree.c1, `A ${uid()}`), await createPersonRow(tree.c1, `B ${uid()}`)];
    await addNominees(officer, batch.id, { ...shared, ids: people.map((p) => p.id) });
    const docs = (await findBatch(officer, batch.id)).batch.nominees.flatMap((n) => n.documents);
    for (const d of docs) await uploadDossierFile(officer, d.id, { name: "tep.pdf", bytes: PDF });
    await submitBatch(officer, batch.id);
    // One already reviewed by hand stays "Đạt"; the other three are accepted with the batch.
    await reviewDocument(chair, docs[0]!.id, "ACCEPTED", "");
    await acceptBatch(chair, batch.id, { everyDocument: true });
    const { batch: read } = await findBatch(chair, batch.id);
    expect(read.status).toBe("ACCEPTED");
    expect(read.nominees.flatMap((n) => n.documents.map((d) => d.state))).toEqual([
      "ACCEPTED",
      "ACCEPTED",
      "ACCEPTED",
      "ACCEPTED",
    ]);
    expect(read.events.map((e) => e.action).slice(-3)).toEqual(["DOCUMENT_ACCEPTED", "DOCUMENT_ACCEPTED", "ACCEPTED"]);
    expect(read.events.at(-2)!.comment).toBe("Tất cả giấy tờ của tờ trình (3)");
  });

  it("changes nothing while a document awaits correction, and names it", async () => {
    const { tree, chair, officer, batch } = await draft();
    const person = await createPersonRow(tree.c1, `C ${uid()}`);
    await addNominees(officer, batch.id, { ...shared, ids: [person.id] });
    const doc = (await findBatch(officer, batch.id)).batch.nominees[0]!.documents[0]!;
    await uploadDossierFile(officer, doc.id, { name: "tep.pdf", bytes: PDF });
    await submitBatch(officer, batch.id);
    await reviewDocument(chair, doc.id, "NEEDS_CORRECTION", "Thiếu chữ ký");
    await expect(acceptBatch(chair, batch.id, { everyDocument: true })).rejects.toMatchObject({
      kind: "conflict",
      message: `Chưa chấp nhận được toàn bộ tờ trình: ${person.fullName}: cần sửa "Báo cáo thành tích".`,
    });
    const { batch: read } = await findBatch(chair, batch.id);
    expect(read.status).toBe("SUBMITTED");
    expect(read.nominees[0]!.documents[0]!.state).toBe("NEEDS_CORRECTION");
  });

  it("changes nothing when the plan's number is reached: the documents stay as filed", async () => {
    const { tree, chair, officer, batch, formId } = await draft({ quota: 2 });
    const people = [await createPersonRow(tree.c1, `D ${uid()}`), await createPersonRow(tree.c1, `E ${uid()}`)];
    await addNominees(officer, batch.id, { ...shared, ids: people.map((p) => p.id) });
    for (const d of (await findBatch(officer, batch.id)).batch.nominees.flatMap((n) => n.documents))
      await uploadDossierFile(officer, d.id, { name: "tep.pdf", bytes: PDF });
    await submitBatch(officer, batch.id);
    // The plan was cut to 1 after the batch was sent.
    await cutQuota(formId, 1);
    await expect(acceptBatch(chair, batch.id, { everyDocument: true })).rejects.toMatchObject({ kind: "conflict" });
    const { batch: read } = await findBatch(chair, batch.id);
    expect(read.status).toBe("SUBMITTED");
    expect(read.nominees.flatMap((n) => n.documents.map((d) => d.state))).toEqual(["UPLOADED", "UPLOADED"]);
  });
});
