import "server-only";

/** Largest dossier file accepted (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

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
 * a macro-enabled .docm renamed .docx, which is refused.
 */
function isDocx(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  if (!names) return false;
  return names.has("[content_types].xml") && names.has("word/document.xml") && !names.has("word/vbaproject.bin");
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

/** Lower-cased entry names from the central directory, or null when it is missing or malformed. */
function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = bytes.byteLength;
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));

  // End of central directory: 22 bytes plus a comment of up to 65 535 bytes, at the very end.
  let eocd = -1;
  for (let at = size - 22; at >= Math.max(0, size - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) === size) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;

  let entries = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // ZIP64: a locator just before the EOCD points at the ZIP64 end record.
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) return null;
    const record = u64(locator + 8);
    if (record < 0 || record + 56 > size || u32(record) !== ZIP64_EOCD) return null;
    entries = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
  }
  if (directoryOffset + directorySize > size) return null;

  const names = new Set<string>();
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > size || u32(at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > size) return null;
    names.add(decoder.decode(bytes.subarray(at + 46, nameEnd)).toLowerCase());
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}
