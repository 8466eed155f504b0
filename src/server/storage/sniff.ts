import "server-only";
import { officePackageProblem } from "./office-package";
import { pdfProblem } from "./pdf-inspect";
import { readZipDirectory } from "./zip-archive";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/file-types";

export { MAX_UPLOAD_BYTES } from "@/lib/file-types";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type SniffedFileType =
  | { mime: "application/pdf"; ext: "pdf" }
  | { mime: typeof DOCX_MIME; ext: "docx" }
  | { mime: "image/jpeg"; ext: "jpg" }
  | { mime: "image/png"; ext: "png" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/**
 * What a file is, by its content — the name and the browser's Content-Type are not trusted.
 * Accepts the four dossier types only; anything else (text, .xlsx or .pptx renamed .docx, a
 * macro-enabled .docm, a ZIP that merely starts with "PK", a truncated DOCX without its central
 * directory) is `null`.
 *
 * Hand-written rather than the `file-type` package: its current major (22) needs Node ≥ 22 while
 * this app supports Node 20.19, its API is async, and it recognises some hundred types we would
 * then have to filter; these four checks are the whole need.
 */
export function sniffFileType(bytes: Uint8Array): SniffedFileType | null {
  if (startsWith(bytes, PDF_SIGNATURE)) return { mime: "application/pdf", ext: "pdf" };
  if (startsWith(bytes, PNG_SIGNATURE)) return { mime: "image/png", ext: "png" };
  if (startsWith(bytes, JPEG_SIGNATURE)) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith(bytes, ZIP_LOCAL_HEADER) && isDocx(bytes)) return { mime: DOCX_MIME, ext: "docx" };
  return null;
}

/**
 * A DOCX is an OPC package: a ZIP with `[Content_Types].xml` and the main document part
 * `word/document.xml` (.xlsx has `xl/workbook.xml`, .pptx `ppt/presentation.xml`). Entry names are
 * read from the central directory, the index Word itself reads. A `word/vbaProject.bin` part means
 * a macro-enabled .docm renamed .docx, which is refused (office-package.ts finds renamed ones).
 */
function isDocx(bytes: Uint8Array): boolean {
  const entries = readZipDirectory(bytes);
  if (!entries) return false;
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  return names.has("[content_types].xml") && names.has("word/document.xml") && !names.has("word/vbaproject.bin");
}

export const TYPE_MESSAGE = "Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên).";
const MIXED_MESSAGE = "Tệp chứa mã trang web (HTML, script) lẫn vào nội dung: không nhận.";

/** Markup a browser would run, which no dossier type carries in its own bytes. */
const MARKUP = /<(?:script|html|body|iframe|svg|object|embed)[\s>/]|<!doctype\s+html/i;
/** The chunk every PNG ends with: length 0, "IEND", its CRC. */
const PNG_END = Buffer.from("0000000049454e44ae426082", "hex");

/**
 * An upload as a dossier accepts it: at most 10 MB, one of the four types by content, and that
 * type only — a PDF that ends where a PDF ends and runs nothing, a PNG that ends with its last
 * chunk, a .docx whose archive is within limits and has no macros — with no web page mixed in.
 * Returns the type, or the Vietnamese message saying why not.
 */
export async function checkUpload(
  bytes: Uint8Array,
): Promise<{ ok: true; type: SniffedFileType } | { ok: false; message: string }> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, message: UPLOAD_TOO_LARGE };
  const type = sniffFileType(bytes);
  if (!type) return { ok: false, message: TYPE_MESSAGE };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (MARKUP.test(buffer.toString("latin1"))) return { ok: false, message: MIXED_MESSAGE };
  const problem =
    type.ext === "pdf"
      ? await pdfProblem(bytes)
      : type.ext === "docx"
        ? await officePackageProblem(bytes, "docx")
        : type.ext === "png" && !buffer.subarray(-PNG_END.length).equals(PNG_END)
          ? "Tệp PNG không trọn vẹn hoặc có nội dung khác nối vào sau: không nhận."
          : null;
  return problem ? { ok: false, message: problem } : { ok: true, type };
}
