import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import { createBatch, findBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { uploadDossierFile } from "@/server/services/dossier-files";
import { createActor, createPersonRow } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * At most DOSSIER_MAX_FILES (default 5) files per dossier document (issue 12 point 8): a runaway
 * script once uploaded 309 to one. Counted under the batch's row lock, so parallel uploads hold it too.
 */
const pdf = (i: number) =>
  new TextEncoder().encode(`%PDF-1.7\n% trang ${i}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
const FULL = "“Báo cáo thành tích” đã có 5 tệp: mỗi giấy tờ tối đa 5 tệp. Hãy gộp các trang thành một tệp PDF.";

async function oneDocument() {
  const { tree, chair, formId } = await districtPlan({ quota: 5 });
  await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 2 }]);
  const officer = await createActor(tree.c1, ["OFFICER"]);
  const batch = await createBatch(officer, formId);
  await addNominee(officer, batch.id, {
    kind: "INDIVIDUAL",
    personId: (await createPersonRow(tree.c1, "Nguyễn Văn Tệp")).id,
    category: "",
    summary: "Thành tích",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
  });
  const docId = (await findBatch(officer, batch.id)).batch.nominees[0]!.documents[0]!.id;
  return { officer, docId };
}

describe("files per dossier document", () => {
  it("takes five files, then refuses the sixth with the document's name, next to the file", async () => {
    const { officer, docId } = await oneDocument();
    for (let i = 0; i < 5; i++) await uploadDossierFile(officer, docId, { name: `trang-${i}.pdf`, bytes: pdf(i) });
    await expect(uploadDossierFile(officer, docId, { name: "trang-6.pdf", bytes: pdf(6) })).rejects.toMatchObject({
      kind: "conflict",
      message: FULL,
      fieldErrors: { file: FULL },
    });
    expect(await db().dossierFile.count({ where: { documentId: docId } })).toBe(5);
  });

  it("a script's 40 parallel uploads to one document: exactly five are kept", async () => {
    const { officer, docId } = await oneDocument();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => uploadDossierFile(officer, docId, { name: `tep-${i}.pdf`, bytes: pdf(i) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(35);
    expect([...new Set(refused.map((r) => String(r.reason.message)))]).toEqual([FULL]);
    expect(await db().dossierFile.count({ where: { documentId: docId } })).toBe(5);
  });
});
