/**
 * Reads a succession list: which administrative units became which, from when, by which resolution
 * (Nghị quyết 202/2025/QH15 for the provinces; the UBTVQH resolutions arranging the communes of each
 * province, e.g. 1662/NQ-UBTVQH15, 1666/NQ-UBTVQH15, 1674/NQ-UBTVQH15).
 *
 * One row per (old unit, new unit): a merger is several rows with one new code, a split several
 * rows with one old code. Columns (header found among the first rows, any order, extra columns
 * ignored): Mã cũ, Mã mới, Ngày hiệu lực, Nghị quyết; optionally Tên cũ, Tên mới (for the reader).
 * A code may be kept by the new unit (Xã Cổ Lễ keeps Thị trấn Cổ Lễ's 14026): the old code names the
 * unit in force the day before, the new code the one in force on the effective date (see
 * succession-links.ts), so "14026 → 14026" is not a loop.
 *
 * Pure: errors are collected per row, in Vietnamese, with the line the row starts on.
 */
import { clean, findHeader, headerKey, readCsv, type ParseError } from "./csv";

export type SuccessionRow = {
  line: number;
  oldCode: string;
  newCode: string;
  /** yyyy-mm-dd: the first day the new unit exists. */
  effectiveOn: string;
  /** As written in the list, without a leading "Nghị quyết"/"NQ số": "1662/NQ-UBTVQH15". */
  resolution: string;
};

export type SuccessionListResult = { rows: SuccessionRow[]; errors: ParseError[]; recognised: boolean };

type Column = "oldCode" | "newCode" | "effectiveOn" | "resolution";

const ALIASES: Record<Column, string[]> = {
  oldCode: ["mã cũ", "mã đơn vị cũ", "mã đvhc cũ", "mã trước sắp xếp", "mã đơn vị trước sắp xếp", "old code"],
  newCode: [
    "mã mới",
    "mã đơn vị mới",
    "mã đvhc mới",
    "mã sau sắp xếp",
    "mã đơn vị sau sắp xếp",
    "mã kế thừa",
    "mã đơn vị kế thừa",
    "new code",
  ],
  effectiveOn: ["ngày hiệu lực", "ngày có hiệu lực", "hiệu lực từ", "hiệu lực từ ngày", "effective date"],
  resolution: ["nghị quyết", "số nghị quyết", "căn cứ", "số văn bản", "resolution"],
};

/** Header words of the national list: a file that has them is the other upload. */
const NATIONAL_LIST_WORDS = ["mã px", "mã số", "phường xã", "tên đơn vị hành chính", "mã tp", "mã qh"];

const NOT_THIS_FORMAT =
  'Không nhận ra danh sách kế thừa: cần dòng tiêu đề có các cột "Mã cũ", "Mã mới", "Ngày hiệu lực" và "Nghị quyết".';

/** Whether the text's first rows carry a succession list's header (to tell a user who swapped the files). */
export function looksLikeSuccessionList(csvText: string): boolean {
  const records = readCsv(csvText.replace(/^\uFEFF/, ""), []);
  return findHeader<Column>(records, ALIASES, ["oldCode", "newCode"]) !== null;
}

/**
 * Administrative unit codes have 2 (province), 3 (district) or 5 (commune) digits. A spreadsheet
 * drops leading zeros: 4 digits can only be a commune's; 1 digit could be a province's or a
 * commune's, so it is refused rather than guessed.
 */
export function normaliseUnitCode(raw: string): string | null {
  const value = raw.replace(/\s/g, "");
  if (!/^\d+$/.test(value)) return null;
  if (value.length === 4) return `0${value}`;
  return [2, 3, 5].includes(value.length) ? value : null;
}

/** yyyy-mm-dd from "2025-07-01", "01/07/2025", "1/7/2025", "01-07-2025" or "01.07.2025"; null if not a real day. */
export function parseListDate(raw: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vi ? [vi[3], vi[2], vi[1]] : [];
  if (!y || !m || !d) return null;
  const value = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  return Number(y) >= 1945 && Number(y) <= 2100 ? value : null;
}

/** "Nghị quyết số 1662/NQ-UBTVQH15" → "1662/NQ-UBTVQH15"; null unless it reads as a document number. */
export function normaliseResolution(raw: string): string | null {
  const value = raw
    .replace(/^(nghị quyết|nq)\s*(số)?\s*:?\s*/iu, "")
    .replace(/^số\s*/iu, "")
    .trim();
  return /^\d+\/[\p{L}\d.]+(?:[/-][\p{L}\d.]+)*$/u.test(value) ? value : null;
}

export function parseSuccessionList(csvText: string): SuccessionListResult {
  const text = csvText.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { rows: [], errors: [{ line: 1, message: "Tệp trống." }], recognised: false };
  const errors: ParseError[] = [];
  const records = readCsv(text, errors);
  const header = findHeader<Column>(records, ALIASES, ["oldCode", "newCode", "effectiveOn", "resolution"]);
  if (!header) {
    const keys = records.slice(0, 20).flatMap((r) => r.cells.map(headerKey));
    const national = NATIONAL_LIST_WORDS.some((w) => keys.includes(w));
    const message = national
      ? "Tệp này là danh mục đơn vị hành chính, không phải danh sách kế thừa: hãy tải nó lên ở ô danh mục."
      : NOT_THIS_FORMAT;
    return { rows: [], errors: [...errors, { line: records[0]?.line ?? 1, message }], recognised: false };
  }
  const cell = (cells: string[], column: Column) => clean(cells[header.columns[column]!]);
  const rows: SuccessionRow[] = [];
  const byPair = new Map<string, number>();
  const dateOfOld = new Map<string, { line: number; effectiveOn: string }>();

  for (const rec of records.slice(header.index + 1)) {
    if (rec.cells.every((c) => clean(c) === "")) continue;
    const line = rec.line;
    const problems: string[] = [];
    const [oldRaw, newRaw, dateRaw, resolutionRaw] = (["oldCode", "newCode", "effectiveOn", "resolution"] as const).map(
      (c) => cell(rec.cells, c),
    );
    const oldCode = normaliseUnitCode(oldRaw!);
    const newCode = normaliseUnitCode(newRaw!);
    const effectiveOn = parseListDate(dateRaw!);
    const resolution = normaliseResolution(resolutionRaw!);
    const codeRule = "mã gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số";
    if (!oldCode) problems.push(oldRaw ? `Mã cũ "${oldRaw}" không hợp lệ (${codeRule}).` : "Thiếu mã cũ.");
    if (!newCode) problems.push(newRaw ? `Mã mới "${newRaw}" không hợp lệ (${codeRule}).` : "Thiếu mã mới.");
    if (!effectiveOn)
      problems.push(dateRaw ? `Ngày hiệu lực "${dateRaw}" không hợp lệ (ví dụ 01/07/2025).` : "Thiếu ngày hiệu lực.");
    if (!resolution)
      problems.push(
        resolutionRaw
          ? `Số nghị quyết "${resolutionRaw}" không hợp lệ (ví dụ 1662/NQ-UBTVQH15).`
          : "Thiếu số nghị quyết.",
      );
    if (problems.length || !oldCode || !newCode || !effectiveOn || !resolution) {
      errors.push({ line, message: problems.join(" ") });
      continue;
    }
    const pair = `${oldCode}>${newCode}`;
    const seen = byPair.get(pair);
    if (seen !== undefined) {
      errors.push({ line, message: `Trùng dòng ${seen}: mã cũ ${oldCode} → mã mới ${newCode} đã có.` });
      continue;
    }
    const sameOld = dateOfOld.get(oldCode);
    if (sameOld && sameOld.effectiveOn !== effectiveOn) {
      errors.push({
        line,
        message: `Mã cũ ${oldCode} đã có ở dòng ${sameOld.line} với ngày hiệu lực khác: một đơn vị chỉ kết thúc một lần.`,
      });
      continue;
    }
    byPair.set(pair, line);
    dateOfOld.set(oldCode, { line, effectiveOn });
    rows.push({ line, oldCode, newCode, effectiveOn, resolution });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ line: records[header.index]!.line, message: "Tệp không có dòng nào." });
  return { rows, errors, recognised: true };
}
