import "server-only";
import { promisify } from "node:util";
import { inflate } from "node:zlib";

/**
 * What a dossier PDF may not carry: script or actions that run when it is opened, embedded
 * files, and anything after its end. Dossier PDFs are scans and exported documents; none needs
 * those, and a reviewer opening one must not run someone else's code.
 *
 * Names are read as PDF defines them (`/J#61vaScript` is `/JavaScript`), in the file and inside its
 * compressed object streams (PDF 1.5+ may hide the catalogue and its /OpenAction there).
 */

const inflateAsync = promisify(inflate);

/**
 * Names that make a viewer run something, or carry a file inside the file. Long ones are looked
 * for everywhere, compressed image data included (seven exact bytes do not occur by chance); the
 * two-letter ones only outside stream data, where a scan's random bytes would match them about
 * once in 200 MB. Script cannot hide behind that: a JavaScript action always names `/S /JavaScript`.
 */
const LONG_NAMES = new Set(["JavaScript", "OpenAction", "Launch", "EmbeddedFile", "EmbeddedFiles"]);
const ALL_NAMES = new Set([...LONG_NAMES, "JS", "AA"]);
/** A PDF ends with %%EOF; viewers look for it in the last 1024 bytes. */
const EOF_WINDOW = 1024;
/** Object streams hold dictionaries only: a few MB at the most, together. */
const MAX_OBJECT_STREAM_BYTES = 20 * 1024 * 1024;

export const PDF_ACTIVE_MESSAGE =
  "Tệp PDF có mã JavaScript, lệnh tự chạy hoặc tệp đính kèm bên trong: không nhận. Hãy in lại thành PDF (Print → Save as PDF) rồi tải lên.";
export const PDF_NOT_ENDED_MESSAGE =
  "Tệp PDF không trọn vẹn hoặc có nội dung khác nối vào sau (không kết thúc bằng %%EOF): không nhận.";
const PDF_UNREADABLE_MESSAGE =
  "Không kiểm tra được nội dung tệp PDF (bị hỏng, hoặc mã hóa bằng mật khẩu): hãy in lại thành PDF rồi tải lên.";

/** Why this PDF may not be accepted, or null when it may. */
export async function pdfProblem(bytes: Uint8Array): Promise<string | null> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!text.slice(-EOF_WINDOW).includes("%%EOF")) return PDF_NOT_ENDED_MESSAGE;
  const { outside, objectStreams } = splitStreams(text);
  if (hasName(text, LONG_NAMES) || hasName(outside, ALL_NAMES)) return PDF_ACTIVE_MESSAGE;
  let budget = MAX_OBJECT_STREAM_BYTES;
  for (const stream of objectStreams) {
    if (!stream) return PDF_UNREADABLE_MESSAGE;
    let inflated: Buffer;
    try {
      inflated = await inflateAsync(stream, { maxOutputLength: budget });
    } catch {
      return PDF_UNREADABLE_MESSAGE;
    }
    budget -= inflated.byteLength;
    if (hasName(inflated.toString("latin1"), ALL_NAMES)) return PDF_ACTIVE_MESSAGE;
  }
  return null;
}

/** A name token: a slash, then regular characters up to whitespace or a delimiter. */
const NAME = /\/([^\s/<>[\]()%{}]*)/g;

function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function hasName(text: string, names: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(NAME)) if (names.has(decodeName(match[1]!))) return true;
  return false;
}

/**
 * The file without its stream data (`outside`), and the data of each compressed object stream
 * (`/Type /ObjStm`) to inflate; null for one that cannot be read (another filter, encrypted, no
 * end): the caller refuses rather than guess.
 */
function splitStreams(text: string): { outside: string; objectStreams: (Buffer | null)[] } {
  const encrypted = /\/Encrypt\b/.test(text);
  const pieces: string[] = [];
  const objectStreams: (Buffer | null)[] = [];
  let from = 0;
  for (const match of text.matchAll(/(?<!end)stream(\r\n|\n|\r)/g)) {
    if (match.index < from) continue; // inside the previous stream's data
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    pieces.push(text.slice(from, start));
    from = end < 0 ? text.length : end;
    // The stream's dictionary: after the object's "obj" keyword, before "stream".
    const head = text.slice(Math.max(0, match.index - 4096), match.index);
    const dictionary = head.slice(head.lastIndexOf("obj") + 3).replace(NAME, (_, raw: string) => `/${decodeName(raw)}`);
    if (!/\/Type\s*\/ObjStm\b/.test(dictionary)) continue;
    const filters = [...dictionary.matchAll(/\/Filter\s*(\[[^\]]*\]|\/\w+)/g)].map((m) =>
      m[1]!.replace(/[[\]\s]/g, ""),
    );
    if (!filters.length) {
      pieces.push(text.slice(start, from)); // uncompressed: its dictionaries are read as they are
      continue;
    }
    const readable = end >= 0 && !encrypted && filters.length === 1 && filters[0] === "/FlateDecode";
    objectStreams.push(readable ? Buffer.from(text.slice(start, end), "latin1") : null);
  }
  pieces.push(text.slice(from));
  return { outside: pieces.join(""), objectStreams };
}
