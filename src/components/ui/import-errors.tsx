import { ScrollRegion } from "./scroll-region";

/**
 * The refusal of an all-or-nothing import: one row per problem, where it is (the row, a column or a
 * file) and what is wrong, so the office fixes its spreadsheet and sends it again. Nothing was saved,
 * and the heading says so first.
 */
export function ImportErrors({
  heading,
  columns,
  rows,
}: {
  /** E.g. "Chưa nhập dòng nào: tệp có 3 lỗi cần sửa". */
  heading: string;
  /** The place columns before "Lỗi", e.g. ["Dòng", "Cột"]. */
  columns: string[];
  rows: { place: (string | number | null | undefined)[]; message: string }[];
}) {
  return (
    <section aria-labelledby="loi-nhap" className="rounded-lg border border-red-300 bg-white p-6">
      <h2 id="loi-nhap" className="font-semibold text-red-800">
        {heading}
      </h2>
      <ScrollRegion label="Lỗi theo dòng">
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">Lỗi theo dòng</caption>
          <thead>
            <tr className="border-b border-slate-300">
              {columns.map((c) => (
                <th key={c} scope="col" className="py-1">
                  {c}
                </th>
              ))}
              <th scope="col">Lỗi</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-200 align-top" data-testid="import-error">
                {r.place.map((p, j) => (
                  <td key={j} className="py-1">
                    {p || "—"}
                  </td>
                ))}
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
