import type { GridColumn } from "./registration-grid";

/**
 * After a stale save of the registration table (someone else saved it first): their table, line by
 * line, above the user's own lines, which stay in the grid to be saved again.
 */
export type StaleTable = { rows: { label: string; items: string[]; commitment: string }[] };

export function StaleTableView({ table, columns }: { table: StaleTable; columns: GridColumn[] }) {
  const name = (code: string) => columns.find((c) => c.code === code)?.name ?? code;
  return (
    <section
      aria-label="Bảng đăng ký hiện tại"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-medium">Bảng đăng ký hiện tại (người khác vừa lưu):</p>
      <ul className="mt-1 list-disc pl-5">
        {table.rows.map((r, i) => (
          <li key={i}>
            {r.label}: {r.items.map(name).join(", ") || "chưa chọn"}
            {r.commitment ? ` — ${r.commitment}` : ""}
          </li>
        ))}
      </ul>
      <p className="mt-1">Các dòng bạn nhập vẫn còn trong bảng; lưu lại để ghi đè.</p>
    </section>
  );
}
