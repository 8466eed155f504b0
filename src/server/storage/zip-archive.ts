import "server-only";
import { promisify } from "node:util";
import { crc32, inflateRaw } from "node:zlib";

/**
 * ZIP archives (.docx and .xlsx are ZIPs) read without trusting them: the central directory first
 * (names, declared sizes, count), limits checked on those figures before a byte is inflated, then
 * every entry inflated with a ceiling of its declared size, so an archive that lies about its
 * sizes stops at the lie instead of filling memory. Inflating runs on libuv's thread pool
 * (zlib's async API): other requests are served meanwhile.
 */

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  /** General purpose flags; bit 0 = encrypted. */
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

export type ArchiveLimits = { maxEntries: number; maxTotalBytes: number };

export type ArchiveCheck = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

/** Looks at one entry's inflated content; a message refuses the archive there. */
export type EntryVisitor = (entry: ZipEntry, content: Uint8Array) => string | null;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
const MB = 1024 * 1024;

const inflateRawAsync = promisify(inflateRaw);

export const BROKEN_ARCHIVE = "Tệp nén bị hỏng hoặc khai báo sai kích thước các thành phần, nên không được mở.";

/** The central directory's entries, or null when it is missing or malformed. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = bytes.byteLength;
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));

  // End of central directory: 22 bytes plus a comment of up to 65 535 bytes, at the very end
  // (nothing may follow it: a file that goes on after the archive is two things at once).
  let eocd = -1;
  for (let at = size - 22; at >= Math.max(0, size - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) === size) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;

  let count = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // ZIP64: a locator just before the EOCD points at the ZIP64 end record.
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) return null;
    const record = u64(locator + 8);
    if (record < 0 || record + 56 > size || u32(record) !== ZIP64_EOCD) return null;
    count = u64(record + 32);
    directorySize = u64(record + 40);
    directoryOffset = u64(record + 48);
  }
  if (directoryOffset + directorySize > size) return null;

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > size || u32(at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > size) return null;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)),
      flags: u16(at + 8),
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localHeaderOffset: u32(at + 42),
    };
    // ZIP64 extra field: the 64-bit values of the fields set to 0xffffffff, in this order.
    for (let x = nameEnd; x + 4 <= nameEnd + extraLength;) {
      const id = u16(x);
      const length = u16(x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        for (const key of ["size", "compressedSize", "localHeaderOffset"] as const) {
          if (entry[key] !== 0xffffffff) continue;
          if (field + 8 > x + 4 + length) return null;
          entry[key] = u64(field);
          field += 8;
        }
      }
      x += 4 + length;
    }
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks an archive before anything opens it: entry count and total declared size against the
 * limits, no encrypted entry, then each entry's bytes inflated to exactly its declared size with
 * the right checksum, and shown to `visit` (which keeps nothing it does not need).
 */
export async function inspectZip(
  bytes: Uint8Array,
  limits: ArchiveLimits,
  visit: EntryVisitor = () => null,
): Promise<ArchiveCheck> {
  const entries = readZipDirectory(bytes);
  if (!entries) return { ok: false, message: "Tệp nén không trọn vẹn hoặc không đúng định dạng." };
  if (entries.length > limits.maxEntries)
    return {
      ok: false,
      message: `Tệp có quá nhiều thành phần (${entries.length}; tối đa ${limits.maxEntries}).`,
    };
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxTotalBytes)
    return {
      ok: false,
      message: `Nội dung tệp khi giải nén quá lớn (${Math.ceil(total / MB)} MB; tối đa ${limits.maxTotalBytes / MB} MB).`,
    };
  if (entries.some((e) => e.flags & 1))
    return { ok: false, message: "Tệp có thành phần được đặt mật khẩu: hãy bỏ mật khẩu rồi tải lên lại." };

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return broken();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.compressedSize > bytes.byteLength) return broken();
    const stored = bytes.subarray(start, start + entry.compressedSize);
    let content: Uint8Array;
    if (entry.method === 0) content = stored;
    else if (entry.method === 8) {
      try {
        // One byte over the declared size is enough to know it lied.
        content = await inflateRawAsync(stored, { maxOutputLength: entry.size + 1 });
      } catch {
        return broken();
      }
    } else return broken();
    if (content.byteLength !== entry.size || crc32(content) !== entry.crc) return broken();
    const problem = visit(entry, content);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, entries };
}

function broken(): ArchiveCheck {
  return { ok: false, message: BROKEN_ARCHIVE };
}
