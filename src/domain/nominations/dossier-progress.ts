/**
 * How far a dossier has got, as the officer reads it: "3/4 giấy tờ đã nộp". A document counts as
 * filed once a file is on it and no correction is asked (uploaded, or accepted by the reviewer);
 * missing and "cần sửa" ones are what is left to do — the same ones that block sending
 * (batch-rules.ts, dossierProblems). Pure.
 */
import type { DocumentStateCode } from "./batch-rules";

export type DossierProgress = { filed: number; total: number };

export function dossierProgress(documents: { state: DocumentStateCode }[]): DossierProgress {
  return {
    filed: documents.filter((d) => d.state === "UPLOADED" || d.state === "ACCEPTED").length,
    total: documents.length,
  };
}

export function dossierProgressText({ filed, total }: DossierProgress): string {
  return `${filed}/${total} giấy tờ đã nộp`;
}
