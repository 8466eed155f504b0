import "server-only";
import { inspectZip, type ArchiveLimits, type ZipEntry } from "./zip-archive";

/**
 * .docx and .xlsx files (Office Open XML packages) checked before anyone opens them: the archive's
 * limits (zip-archive.ts), the main part of the expected kind, and no macros or ActiveX however
 * they are named: a macro project renamed away from `vbaProject.bin` is still declared by its
 * content type or relationship, and recognised by the `_VBA_PROJECT` stream inside it.
 */

const MB = 1024 * 1024;

export const OFFICE_KINDS = {
  /** A dossier .docx of at most 10 MB; text compresses about tenfold, images not at all. */
  docx: {
    mainPart: "word/document.xml",
    label: "văn bản Word (.docx)",
    limits: { maxEntries: 2000, maxTotalBytes: 100 * MB },
  },
  /** An import sheet of at most 2 MB and 2 000 rows unpacks to a few MB. */
  xlsx: {
    mainPart: "xl/workbook.xml",
    label: "bảng tính Excel (.xlsx)",
    limits: { maxEntries: 500, maxTotalBytes: 50 * MB },
  },
} as const satisfies Record<string, { mainPart: string; label: string; limits: ArchiveLimits }>;

export type OfficeKind = keyof typeof OFFICE_KINDS;

export const MACRO_MESSAGE =
  "Tệp có macro (VBA) hoặc điều khiển ActiveX (kể cả khi đã đổi tên): hãy lưu lại thành tệp thường, không có macro, rồi tải lên.";

/** Content types and relationship types of macro projects, macro-enabled main parts and ActiveX. */
const ACTIVE_CONTENT = /vbaProject|vbaData|macroEnabled|activeX|keyMapCustomizations/i;
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream every VBA project holds, named as a compound file stores names: UTF-16LE. */
const VBA_STREAM = Buffer.from("_VBA_PROJECT", "utf16le");

/** The parts that declare what the others are: content types and relationships. */
const isPackagePart = (name: string) => name === "[content_types].xml" || name.endsWith(".rels");

function activeContent(entry: ZipEntry, content: Uint8Array): string | null {
  const name = entry.name.toLowerCase();
  if (/(^|\/)vbaproject\.bin$/.test(name)) return MACRO_MESSAGE;
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (isPackagePart(name) && ACTIVE_CONTENT.test(bytes.toString("utf8"))) return MACRO_MESSAGE;
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE) && bytes.includes(VBA_STREAM)) return MACRO_MESSAGE;
  return null;
}

/** Why the package may not be accepted, or null when it may. */
export async function officePackageProblem(bytes: Uint8Array, kind: OfficeKind): Promise<string | null> {
  const { mainPart, label, limits } = OFFICE_KINDS[kind];
  const archive = await inspectZip(bytes, limits, activeContent);
  if (!archive.ok) return archive.message;
  const names = new Set(archive.entries.map((e) => e.name.toLowerCase()));
  if (!names.has("[content_types].xml") || !names.has(mainPart)) return `Tệp không phải ${label}.`;
  return null;
}
