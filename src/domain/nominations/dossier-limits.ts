/**
 * How many files one document of a nominee's dossier may hold. A document is one paper ("Báo cáo
 * thành tích", "Biên bản họp Hội đồng"): a few scans or one PDF. The cap is the installation's
 * (DOSSIER_MAX_FILES, default 5, like the 10 MB per file) — a guard for storage and for the
 * reviewer, not a rule of the law or of the plan, so no plan form carries it. Pure.
 */

export const DEFAULT_MAX_FILES_PER_DOCUMENT = 5;

/** Why one more file may not be added to the document, or null. */
export function fileCapProblem(args: { document: string; files: number; max: number }): string | null {
  if (args.files < args.max) return null;
  return `“${args.document}” đã có ${args.files} tệp: mỗi giấy tờ tối đa ${args.max} tệp. Hãy gộp các trang thành một tệp PDF.`;
}
