import "server-only";
import type { Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict } from "@/domain/errors";
import { dossierProblems } from "@/domain/nominations/batch-rules";
import { recordAuditMany } from "../audit";
import { batchEvent, type LoadedBatch } from "./access";

/**
 * "Chấp nhận toàn bộ tờ trình": the reviewer finds every document of every nominee in order and
 * accepts the batch in one step. Runs inside the acceptance's transaction (batches.ts, acceptBatch),
 * on the batch it has locked: every filed document becomes "Đạt" and the batch is accepted together,
 * or — while a document is still missing or was marked for correction — nothing changes and the
 * message lists them (those need a look, not a blanket "Đạt").
 */
export async function acceptEveryDocument(tx: Tx, actor: Actor, batch: LoadedBatch) {
  const open = dossierProblems(
    batch.nominees.map((n) => ({
      label: n.label,
      documents: n.documents.map((d) => ({ name: d.name, state: d.state })),
    })),
  );
  if (open.length) throw conflict(`Chưa chấp nhận được toàn bộ tờ trình: ${open.join(" ")}`);
  const filed = batch.nominees.flatMap((n) => n.documents.filter((d) => d.state === "UPLOADED"));
  if (!filed.length) return;
  await tx.dossierDocument.updateMany({
    where: { id: { in: filed.map((d) => d.id) }, state: "UPLOADED" },
    data: { state: "ACCEPTED" },
  });
  await batchEvent(tx, batch, actor, "DOCUMENT_ACCEPTED", `Tất cả giấy tờ của tờ trình (${filed.length})`);
  await recordAuditMany(
    tx,
    actor,
    filed.map((d) => ({
      entity: "DossierDocument",
      entityId: d.id,
      action: "UPDATE" as const,
      before: { state: d.state },
      after: { state: "ACCEPTED", wholeBatch: true },
    })),
  );
}
