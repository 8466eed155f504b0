import { describe, expect, it } from "vitest";
import { Document, Packer, Paragraph } from "docx";
import { db } from "@/server/db/client";
import { setAllocations, quotaBoard } from "@/server/data/quotas";
import {
  acceptBatch,
  createBatch,
  findBatch,
  listInbox,
  returnBatch,
  submitBatch,
} from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { reviewDocument } from "@/server/data/nominations/dossier-documents";
import { extendDossierDeadline } from "@/server/data/nominations/deadline-extensions";
import { attachAchievementReport, readDossierFile, uploadDossierFile } from "@/server/services/dossier-files";
import { ZIndividualReport } from "@/schemas/achievement-report";
import { readDocxText } from "../support/docx-text";
import { createActor, createPersonRow, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";
import { inboxPage } from "../support/inbox";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const nominee = (personId: string) => ({
  kind: "INDIVIDUAL" as const,
  personId,
  category: "",
  summary: "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính",
  periodFrom: "2026-01-01",
  periodTo: "2026-12-31",
});

describe("quotas under concurrency (issue 5)", () => {
  it("50 parallel submissions against a quota of 5: exactly 5 succeed, with no partial writes", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5, dossier: false });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 5 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batches = [];
    for (let i = 0; i < 50; i++) {
      const batch = await createBatch(officer, formId);
      const person = await createPersonRow(tree.c1, `Người Thứ ${uid()}`);
      await addNominee(officer, batch.id, nominee(person.id));
      batches.push(batch.id);
    }
    const results = await Promise.allSettled(batches.map((id) => submitBatch(officer, id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(45);
    expect(refused.every((r) => String(r.reason.message).startsWith("Vượt số lượng được phân bổ"))).toBe(true);
    expect(await db().nominationBatch.count({ where: { id: { in: batches }, status: "SUBMITTED" } })).toBe(5);
    expect(await db().batchEvent.count({ where: { batchId: { in: batches }, action: "SUBMITTED" } })).toBe(5);
  });

  it("50 parallel acceptances never exceed the plan's total", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5, dossier: false });
    // Generous allocations to two communes (10 + 10 > 5 is refused), so allocate within the total and let the district propose too.
    await expect(
      setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 10 }]),
    ).rejects.toMatchObject({ kind: "validation" });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 5 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const submitted: string[] = [];
    for (let i = 0; i < 5; i++) {
      const batch = await createBatch(officer, formId);
      await addNominee(officer, batch.id, nominee((await createPersonRow(tree.c1, `Người ${uid()}`)).id));
      await submitBatch(officer, batch.id);
      submitted.push(batch.id);
    }
    // The district proposes its own people too (bounded by the plan's quota, not by allocations).
    for (let i = 0; i < 5; i++) {
      const batch = await createBatch(chair, formId);
      await addNominee(chair, batch.id, nominee((await createPersonRow(tree.d1, `Cán bộ ${uid()}`)).id));
      await submitBatch(chair, batch.id);
      submitted.push(batch.id);
    }
    const repeated = Array.from({ length: 50 }, (_, i) => submitted[i % submitted.length]!);
    const results = await Promise.allSettled(repeated.map((id) => acceptBatch(chair, id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await db().nominee.count({ where: { batch: { awardFormId: formId, status: "ACCEPTED" } } })).toBe(5);
    const board = await quotaBoard(
      chair,
      (await db().planAwardForm.findUniqueOrThrow({ where: { id: formId } })).planId,
    );
    const row = board.forms[0]!.rows.find((r) => r.unitId === tree.c1.id)!;
    expect(row).toMatchObject({ allocated: 5, nominated: 5 });
  });
});

describe("dossier checklist, deadline and file types", () => {
  it("cannot submit while a required document is missing; the checklist says why", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5 });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 2 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    const person = await createPersonRow(tree.c1, "Nguyễn Văn Đủ");
    await addNominee(officer, batch.id, nominee(person.id));
    await expect(submitBatch(officer, batch.id)).rejects.toMatchObject({
      kind: "validation",
      message: 'Hồ sơ chưa đủ: Nguyễn Văn Đủ: thiếu "Báo cáo thành tích".',
    });
    const { batch: read } = await findBatch(officer, batch.id);
    await uploadDossierFile(officer, read.nominees[0]!.documents[0]!.id, { name: "bao-cao.pdf", bytes: PDF });
    expect((await submitBatch(officer, batch.id)).status).toBe("SUBMITTED");
  });

  it("refuses a file whose content is not PDF, DOCX, JPG or PNG, whatever its name; accepts a real DOCX", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5 });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 1 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    await addNominee(officer, batch.id, nominee((await createPersonRow(tree.c1, "Trần Văn Tệp")).id));
    const docId = (await findBatch(officer, batch.id)).batch.nominees[0]!.documents[0]!.id;
    await expect(
      uploadDossierFile(officer, docId, { name: "bao-cao.pdf", bytes: new TextEncoder().encode("MZ… not a pdf") }),
    ).rejects.toMatchObject({ kind: "validation" });
    expect((await db().dossierDocument.findUniqueOrThrow({ where: { id: docId } })).state).toBe("MISSING");
    const docx = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Báo cáo thành tích")] }] })),
    );
    await uploadDossierFile(officer, docId, { name: "bao-cao.docx", bytes: docx });
    expect(await db().dossierFile.findFirst({ where: { documentId: docId } })).toMatchObject({
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
  });

  it("refuses submission after the dossier deadline unless the reviewer extends it for that unit", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5, dossier: false, dossierDeadline: "2026-03-31" });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 1 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    await addNominee(officer, batch.id, nominee((await createPersonRow(tree.c1, "Lê Văn Muộn")).id));
    await expect(submitBatch(officer, batch.id, new Date("2026-03-31T16:30:00Z"))).resolves.toMatchObject({
      status: "SUBMITTED",
    });
    await returnBatch(chair, batch.id, "Bổ sung báo cáo");
    await expect(submitBatch(officer, batch.id, new Date("2026-04-01T01:00:00Z"))).rejects.toMatchObject({
      message: expect.stringContaining("Đã hết hạn nộp hồ sơ (31/03/2026)"),
    });
    await extendDossierDeadline(
      chair,
      (await db().nominationBatch.findUniqueOrThrow({ where: { id: batch.id } })).planId,
      tree.c1.id,
      "2099-01-01",
    );
    await expect(submitBatch(officer, batch.id)).resolves.toMatchObject({ status: "SUBMITTED", round: 2 });
  });
});

describe("eligibility at nomination (blocked, with the legal article)", () => {
  it("refuses a person under discipline (NĐ 152/2025/NĐ-CP, Điều 4) and a collective for an individual form", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5 });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 5 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    const disciplined = await createPersonRow(tree.c1, "Phạm Văn Kỷ");
    await db().disciplineRecord.create({
      data: {
        unitId: tree.c1.id,
        personId: disciplined.id,
        status: "UNDER_CONSIDERATION",
        reason: "Đang xem xét",
        effectiveFrom: new Date("2020-01-01T00:00:00Z"),
      },
    });
    await expect(addNominee(officer, batch.id, nominee(disciplined.id))).rejects.toMatchObject({
      message:
        "Phạm Văn Kỷ chưa đủ điều kiện: Đang bị xem xét kỷ luật: chưa xét khen thưởng. (Nghị định 152/2025/NĐ-CP, Điều 4)",
    });
    await expect(
      addNominee(officer, batch.id, { ...nominee(""), kind: "COLLECTIVE", personId: undefined }),
    ).rejects.toMatchObject({ fieldErrors: { kind: "Chọn đúng loại đối tượng." } });
    expect(await db().nominee.count({ where: { batchId: batch.id } })).toBe(0);
  });
});

describe("review rounds and the inbox", () => {
  it("returns with a reason, keeps every round, accepts, and notifies the unit", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5 });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 3 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    await addNominee(officer, batch.id, nominee((await createPersonRow(tree.c1, "Đỗ Thị Vòng")).id));
    const docId = (await findBatch(officer, batch.id)).batch.nominees[0]!.documents[0]!.id;
    await uploadDossierFile(officer, docId, { name: "bc.pdf", bytes: PDF });
    await submitBatch(officer, batch.id);
    expect((await listInbox(chair, inboxPage)).rows.map((b) => b.id)).toContain(batch.id);
    await reviewDocument(chair, docId, "NEEDS_CORRECTION", "Thiếu chữ ký thủ trưởng");
    await returnBatch(chair, batch.id, "Sửa báo cáo thành tích");
    await expect(submitBatch(officer, batch.id)).rejects.toMatchObject({
      message: expect.stringContaining('cần sửa "Báo cáo thành tích"'),
    });
    await uploadDossierFile(officer, docId, { name: "bc-da-sua.pdf", bytes: PDF });
    await submitBatch(officer, batch.id);
    await reviewDocument(chair, docId, "ACCEPTED", "");
    await acceptBatch(chair, batch.id);
    const events = await db().batchEvent.findMany({
      where: { batchId: batch.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => [e.round, e.action])).toEqual([
      [1, "CREATED"],
      [1, "SUBMITTED"],
      [1, "DOCUMENT_NEEDS_CORRECTION"],
      [1, "RETURNED"],
      [2, "SUBMITTED"],
      [2, "DOCUMENT_ACCEPTED"],
      [2, "ACCEPTED"],
    ]);
    expect(await db().dossierFile.count({ where: { documentId: docId } })).toBe(2);
    const notes = await db().notification.findMany({
      where: { unitId: tree.c1.id, kind: { in: ["BATCH_RETURNED", "BATCH_ACCEPTED"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(notes.map((n) => n.text)).toEqual([
      `Tờ trình "Giấy khen của Chủ tịch UBND huyện" bị trả lại: Sửa báo cáo thành tích`,
      `Tờ trình "Giấy khen của Chủ tịch UBND huyện" đã được chấp nhận, chuyển Hội đồng.`,
    ]);
    // Another district's reviewer cannot see or act on it.
    const stranger = await createActor(tree.d2, ["REVIEWER"]);
    await expect(acceptBatch(stranger, batch.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(findBatch(stranger, batch.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("the achievement report filled in the app", () => {
  it("is rendered on the template of its round's era and filed as the nominee's report", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5 });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 1 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    const person = await createPersonRow(tree.c1, "Vũ Thị Báo");
    await addNominee(officer, batch.id, nominee(person.id));
    const doc = (await findBatch(officer, batch.id)).batch.nominees[0]!.documents[0]!;
    const data = ZIndividualReport.parse({
      proposedAward: "Giấy khen của Chủ tịch UBND huyện",
      fullName: "Vũ Thị Báo",
      dateOfBirth: "1985-05-05",
      gender: "NU",
      hometown: "Xã Một",
      residence: "Xã Một",
      workplace: tree.c1.name,
      position: "Công chức",
      professionalQualification: "Đại học Luật",
      fromYear: 2026,
      toYear: 2026,
      duties: ["Tham mưu cải cách hành chính"],
      achievements: ["Hoàn thành xuất sắc nhiệm vụ"],
    });
    await attachAchievementReport(officer, doc.id, { kind: "INDIVIDUAL", data });
    const file = await db().dossierFile.findFirstOrThrow({ where: { documentId: doc.id } });
    expect(file.mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect((await db().dossierDocument.findUniqueOrThrow({ where: { id: doc.id } })).state).toBe("UPLOADED");
    const stored = await readDossierFile(officer, file.id);
    const { paragraphs } = await readDocxText(stored.bytes);
    expect(paragraphs.join("\n")).toContain("Vũ Thị Báo");
    // A 2026 round: NĐ 152/2025's Mẫu số 05, headed by the commune's People's Committee, dated 2026.
    expect(paragraphs.slice(0, 4)).toEqual([
      "Mẫu số 05",
      "(Kèm theo Nghị định số 152/2025/NĐ-CP)",
      "ỦY BAN NHÂN DÂN",
      tree.c1.name.toLocaleUpperCase("vi-VN"),
    ]);
    expect(paragraphs.some((p) => / năm 2026$/u.test(p) && p.includes("ngày"))).toBe(true);
    // Another commune cannot read it.
    await expect(readDossierFile(await createActor(tree.c2, ["OFFICER", "REVIEWER"]), file.id)).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});

describe("sub-quotas by category", () => {
  it("keeps a unit's nominees in each category within what it was allocated there", async () => {
    const { tree, chair, formId } = await districtPlan({
      quota: 3,
      dossier: false,
      subQuotas: [
        { category: "Phòng, ban", quota: 1 },
        { category: "Xã, thị trấn", quota: 2 },
      ],
    });
    await expect(
      setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "Xã, thị trấn", quantity: 3 }]),
    ).rejects.toMatchObject({ kind: "validation" });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "Xã, thị trấn", quantity: 2 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const wrong = await createBatch(officer, formId);
    await addNominee(officer, wrong.id, {
      ...nominee((await createPersonRow(tree.c1, "Người Nhóm Sai")).id),
      category: "Phòng, ban",
    });
    await expect(submitBatch(officer, wrong.id)).rejects.toMatchObject({
      message: "Nhóm «Phòng, ban»: đơn vị không được phân bổ chỉ tiêu nào; tờ trình này có 1.",
    });
    const right = await createBatch(officer, formId);
    await addNominee(officer, right.id, {
      ...nominee((await createPersonRow(tree.c1, "Người Nhóm Đúng")).id),
      category: "Xã, thị trấn",
    });
    expect((await submitBatch(officer, right.id)).status).toBe("SUBMITTED");
  });
});
