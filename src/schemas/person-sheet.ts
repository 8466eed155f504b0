import { toSearchText } from "@/domain/text/vietnamese";
import { GENDERS, GENDER_LABELS, STAFF_KINDS, STAFF_KIND_LABELS, ZPersonInput, type TPersonInput } from "./person";
import { sheetDateText } from "./sheet-date";

/**
 * The people import sheet: one header row, then one person per row. Headers are matched
 * without diacritics or case, so "HO VA TEN" and "Họ và tên" both work.
 */
export const SHEET_COLUMNS = [
  { key: "fullName", header: "Họ và tên", required: true },
  { key: "dateOfBirth", header: "Ngày sinh", required: true },
  { key: "gender", header: "Giới tính", required: true },
  { key: "staffKind", header: "Loại", required: true },
  { key: "position", header: "Chức vụ", required: true },
  { key: "organisation", header: "Tổ chức", required: false },
  { key: "partyMember", header: "Đảng viên", required: false },
] as const;

type ColumnKey = (typeof SHEET_COLUMNS)[number]["key"];
export type SheetCell = string | number | boolean | Date | null | undefined;
export type SheetRowError = { row: number; column: string; message: string };
/** A valid row: the person, plus the organisation name still to be resolved against the unit. */
export type SheetPerson = { row: number; person: TPersonInput; organisationName: string | null };

const MAX_ROWS = 2000;

function text(cell: SheetCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return sheetDateText(cell) ?? "";
  return String(cell).trim();
}

/** Excel date cell, "dd/mm/yyyy", "d-m-yyyy" or "yyyy-mm-dd" → "yyyy-mm-dd" (unvalidated). */
function isoDate(cell: SheetCell): string {
  // Words no date field accepts: the row is told its date is wrong, not that it is missing.
  if (cell instanceof Date) return sheetDateText(cell) ?? "ngày không hợp lệ";
  const s = text(cell);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  return s;
}

function fromLabel<K extends string>(cell: SheetCell, keys: readonly K[], labels: Record<K, string>): K | "" {
  const wanted = toSearchText(text(cell));
  return keys.find((k) => toSearchText(labels[k]) === wanted || k.toLowerCase() === wanted) ?? "";
}

function yesNo(cell: SheetCell): boolean {
  return ["x", "co", "có", "1", "true", "dang vien"].includes(toSearchText(text(cell)));
}

export function parsePeopleSheet(rows: SheetCell[][]): { people: SheetPerson[]; errors: SheetRowError[] } {
  const errors: SheetRowError[] = [];
  const headerRow = rows[0] ?? [];
  const index = new Map<ColumnKey, number>();
  for (const col of SHEET_COLUMNS) {
    const at = headerRow.findIndex((h) => toSearchText(text(h)) === toSearchText(col.header));
    if (at >= 0) index.set(col.key, at);
    else if (col.required)
      errors.push({ row: 1, column: col.header, message: `Thiếu cột "${col.header}" ở dòng tiêu đề.` });
  }
  if (errors.length) return { people: [], errors };
  const body = rows.slice(1);
  if (body.length > MAX_ROWS) {
    return {
      people: [],
      errors: [{ row: 1, column: "", message: `Mỗi lần nhập tối đa ${MAX_ROWS} dòng; tệp có ${body.length} dòng.` }],
    };
  }
  const people: SheetPerson[] = [];
  body.forEach((cells, i) => {
    const row = i + 2; // 1-based, after the header: the number the user sees in Excel
    const get = (key: ColumnKey) => {
      const at = index.get(key);
      return at === undefined ? undefined : cells[at];
    };
    if (cells.every((c) => text(c) === "")) return; // blank lines between blocks are common
    const candidate = {
      fullName: text(get("fullName")),
      dateOfBirth: isoDate(get("dateOfBirth")),
      gender: fromLabel(get("gender"), GENDERS, GENDER_LABELS),
      staffKind: fromLabel(get("staffKind"), STAFF_KINDS, STAFF_KIND_LABELS),
      position: text(get("position")),
      organisationId: "",
      partyMember: yesNo(get("partyMember")),
    };
    const parsed = ZPersonInput.safeParse(candidate);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as ColumnKey;
        if (seen.has(key)) continue; // one message per cell: the first is the one to fix first
        seen.add(key);
        const header = SHEET_COLUMNS.find((c) => c.key === key)?.header ?? String(key);
        errors.push({ row, column: header, message: issue.message });
      }
      return;
    }
    people.push({ row, person: parsed.data, organisationName: text(get("organisation")) || null });
  });
  if (!people.length && !errors.length) errors.push({ row: 2, column: "", message: "Tệp không có dòng dữ liệu nào." });
  return { people, errors };
}
