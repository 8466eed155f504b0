/**
 * The CSV reading shared by the unit-list parsers (national list, succession list): RFC 4180 with
 * the separator detected (comma, semicolon or tab), cells cleaned (NFC, whitespace collapsed), and
 * a header row found among the first rows by column aliases. Pure.
 */

/** A problem with one record of a file, by the line it starts on (1-based), in Vietnamese. */
export type ParseError = { line: number; message: string };

/** Trim, NFC, collapse any whitespace run (including NBSP and line breaks) into one space. */
export function clean(value: string | undefined): string {
  return (value ?? "")
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

export function headerKey(value: string): string {
  return clean(value)
    .toLocaleLowerCase("vi")
    .replace(/[/(),.\-–_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export type CsvRecord = { line: number; cells: string[] };

function detectSeparator(text: string): string {
  // Count candidates on the first few physical lines, outside quotes.
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === "\n" && ++lines >= 20) break;
    else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ",";
}

/** RFC 4180 reader; reports an unterminated quote instead of swallowing the rest of the file. */
export function readCsv(text: string, errors: ParseError[]): CsvRecord[] {
  const sep = detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      cell = "";
      inQuotes = true;
      quoteLine = line;
    } else if (ch === sep) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += ch;
  }
  if (inQuotes) {
    errors.push({
      line: quoteLine,
      message: "Dấu ngoặc kép mở nhưng không được đóng; phần còn lại của tệp bị bỏ qua.",
    });
    cells = [];
    cell = "";
  } else if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

/**
 * The first of the first 20 records whose cells name every `required` column (by alias, compared
 * after `headerKey`), with where each known column is.
 */
export function findHeader<R extends string>(
  records: CsvRecord[],
  aliases: Record<R, string[]>,
  required: R[],
): { index: number; columns: Partial<Record<R, number>> } | null {
  for (let r = 0; r < Math.min(records.length, 20); r++) {
    const columns: Partial<Record<R, number>> = {};
    records[r]!.cells.forEach((raw, i) => {
      const key = headerKey(raw);
      for (const role of Object.keys(aliases) as R[]) {
        if (columns[role] === undefined && aliases[role].includes(key)) {
          columns[role] = i;
          break;
        }
      }
    });
    if (required.every((role) => columns[role] !== undefined)) return { index: r, columns };
  }
  return null;
}

/**
 * The text of an uploaded list, or why it is not one: a spreadsheet (.xlsx is a zip) or a file in
 * another encoding is refused with what to do, rather than read as garbage.
 */
export function decodeCsvUpload(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: "Tệp rỗng." };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    return { error: "Đây là tệp Excel, không phải CSV: trong Excel chọn Lưu thành → CSV UTF-8 rồi tải lên lại." };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.includes("\u0000")) return { error: "Tệp không phải văn bản CSV." };
    return { text };
  } catch {
    return { error: "Tệp không phải văn bản UTF-8: hãy lưu lại dưới dạng CSV UTF-8 rồi tải lên." };
  }
}
