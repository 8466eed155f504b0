import { toSearchText } from "@/domain/text/vietnamese";
import { ROLES, ROLE_LABELS, type RoleCode } from "@/domain/auth/permissions";
import { ZEmail, ZPersonName } from "./account";
import type { SheetCell, SheetRowError } from "./person-sheet";
import { sheetDateText } from "./sheet-date";

/**
 * The accounts import sheet: one header row, then one account of one unit per row. Headers are
 * matched without diacritics or case. Roles are separated by commas or semicolons, written as on
 * screen ("Quản trị"), shortly ("cán bộ", "chủ tịch", "hội đồng", "nội vụ") or as codes (OFFICER).
 */
export const ACCOUNT_SHEET_COLUMNS = [
  { key: "unitCode", header: "Mã đơn vị" },
  { key: "name", header: "Họ và tên" },
  { key: "email", header: "Thư điện tử" },
  { key: "roles", header: "Vai trò" },
] as const;

type ColumnKey = (typeof ACCOUNT_SHEET_COLUMNS)[number]["key"];
export type SheetAccount = { row: number; unitCode: string; name: string; email: string; roles: RoleCode[] };

const MAX_ROWS = 2000;

/** Short names offices use, beside the labels of the screens and the codes. */
const ROLE_ALIASES: Record<string, RoleCode> = {
  "quan tri": "ADMIN",
  "can bo": "OFFICER",
  "tham dinh": "REVIEWER",
  "noi vu": "REVIEWER",
  "hoi dong": "COUNCIL_MEMBER",
  "thanh vien hoi dong": "COUNCIL_MEMBER",
  "chu tich": "CHAIR",
};

function text(cell: SheetCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return sheetDateText(cell) ?? "";
  return String(cell).trim();
}

export function roleOf(word: string): RoleCode | null {
  const key = toSearchText(word);
  return (
    ROLES.find((r) => r.toLowerCase() === key || toSearchText(ROLE_LABELS[r]) === key) ?? ROLE_ALIASES[key] ?? null
  );
}

function headerError(message: string): SheetRowError[] {
  return [{ row: 1, column: "", message }];
}

export function parseAccountSheet(rows: SheetCell[][]): { accounts: SheetAccount[]; errors: SheetRowError[] } {
  const headerRow = rows[0] ?? [];
  const index = new Map<ColumnKey, number>();
  const errors: SheetRowError[] = [];
  for (const col of ACCOUNT_SHEET_COLUMNS) {
    const at = headerRow.findIndex((h) => toSearchText(text(h)) === toSearchText(col.header));
    if (at >= 0) index.set(col.key, at);
    else errors.push({ row: 1, column: col.header, message: `Thiếu cột "${col.header}" ở dòng tiêu đề.` });
  }
  if (errors.length) return { accounts: [], errors };
  const body = rows.slice(1);
  if (body.length > MAX_ROWS)
    return { accounts: [], errors: headerError(`Mỗi lần nhập tối đa ${MAX_ROWS} dòng; tệp có ${body.length} dòng.`) };
  const accounts: SheetAccount[] = [];
  body.forEach((cells, i) => {
    const row = i + 2; // the row number the user sees in Excel
    const get = (key: ColumnKey) => text(cells[index.get(key)!]);
    if (cells.every((c) => text(c) === "")) return;
    const rowErrors: SheetRowError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ row, column, message });
    const unitCode = get("unitCode");
    if (!/^[0-9A-Za-z._-]{1,20}$/.test(unitCode)) fail("Mã đơn vị", "Nhập mã đơn vị (chữ số, theo danh mục).");
    const name = ZPersonName.safeParse(get("name"));
    if (!name.success) fail("Họ và tên", name.error.issues[0]!.message);
    const email = ZEmail.safeParse(get("email"));
    if (!email.success) fail("Thư điện tử", email.error.issues[0]!.message);
    const words = get("roles")
      .split(/[,;\n]/)
      .map((w) => w.trim())
      .filter(Boolean);
    const unknown = words.filter((w) => !roleOf(w));
    if (!words.length) fail("Vai trò", "Nhập ít nhất một vai trò.");
    else if (unknown.length) fail("Vai trò", `Không rõ vai trò: ${unknown.join(", ")}.`);
    if (rowErrors.length || !name.success || !email.success) return void errors.push(...rowErrors);
    const roles = [...new Set(words.map((w) => roleOf(w)!))];
    accounts.push({ row, unitCode, name: name.data, email: email.data, roles });
  });
  if (!accounts.length && !errors.length) return { accounts, errors: headerError("Tệp không có dòng dữ liệu nào.") };
  return { accounts, errors };
}
