import "server-only";
import writeExcelFile, { type CellObject, type SheetData } from "write-excel-file/node";
import type { Actor } from "@/server/auth/actor-types";
import type { StatisticsFilter } from "@/server/data/statistics";
import { columnTotals, percentOf, sum, type YearRow } from "@/domain/statistics/series";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { UNIT_PLACE_LABELS } from "@/domain/statistics/units";
import { filterLine, loadStatistics } from "./statistics";

/**
 * The statistics page as a workbook: one sheet per table, each headed by the unit, the years and
 * the filter, so a sheet pasted into a year-end report says what it counts. Loaded as the page
 * loads it, so the file holds exactly what the page shows. Built whole, not streamed like the long
 * lists (xlsx-stream.ts): every sheet is PostgreSQL's counts — a line per year, title, round, quota
 * title or unit directly below — so a province's file is a few hundred lines however many awards it counts.
 */

const cell = (value: string | number, extra: CellObject = {}): CellObject => ({
  value,
  borderStyle: "thin",
  wrap: true,
  ...(typeof value === "number" ? { align: "right" as const } : {}),
  ...extra,
});
const bold = (value: string | number) => cell(value, { fontWeight: "bold" });

/** A sheet: two heading lines across the table, the column headers, the rows. */
function sheet(name: string, heading: string[], headers: string[], rows: (string | number)[][], widths: number[]) {
  const across = (value: string, strong = false) => [
    { value, columnSpan: headers.length, ...(strong ? { fontWeight: "bold" as const } : {}) },
    ...Array.from({ length: headers.length - 1 }, () => null),
  ];
  const data: SheetData = [
    across(heading[0]!, true),
    across(heading[1]!),
    headers.map((h) => cell(h, { fontWeight: "bold", align: "center" })),
    ...rows.map((r, i) => r.map((v) => (i === rows.length - 1 && r[0] === "Tổng cộng" ? bold(v) : cell(v)))),
  ];
  return { data, sheet: name, columns: widths.map((width) => ({ width })), stickyRowsCount: 3 };
}

function pivotRows(rows: YearRow[], years: readonly number[]): (string | number)[][] {
  const totals = columnTotals(rows, years);
  return [...rows.map((r) => [r.label, ...r.counts, r.total]), ["Tổng cộng", ...totals, sum(totals)]];
}

export async function statisticsXlsx(actor: Actor, filter: StatisticsFilter & { years: number[] }): Promise<Buffer> {
  const s = await loadStatistics(actor, filter);
  const heading = [`THỐNG KÊ KHEN THƯỞNG – ${s.unit.name.toLocaleUpperCase("vi-VN")}`, filterLine(filter)];
  const years = filter.years;
  const yearCols = years.map(String);
  const { summary } = s.awards;
  const sheets = [
    sheet(
      "Theo năm",
      heading,
      ["Năm", "Khen thưởng còn hiệu lực", "Đã thu hồi"],
      [
        ...summary.byYear.map((y) => [y.year, y.awarded, y.revoked]),
        ["Tổng cộng", summary.total, sum(summary.byYear.map((y) => y.revoked))],
      ],
      [12, 26, 14],
    ),
    sheet(
      "Theo đơn vị",
      heading,
      ["Đơn vị", "Quan hệ", "Số khen thưởng"],
      [
        ...s.awards.byUnit.map((l) => [l.name, UNIT_PLACE_LABELS[l.place], l.count]),
        ["Tổng cộng", "", sum(s.awards.byUnit.map((l) => l.count))],
      ],
      [40, 24, 16],
    ),
    sheet("Theo danh hiệu", heading, ["Danh hiệu, hình thức", ...yearCols, "Tổng"], pivotRows(summary.byTitle, years), [
      40,
      ...years.map(() => 8),
      10,
    ]),
    sheet("Theo đợt", heading, ["Đợt khen thưởng", ...yearCols, "Tổng"], pivotRows(summary.byRound, years), [
      36,
      ...years.map(() => 8),
      10,
    ]),
    sheet(
      "Chỉ tiêu",
      heading,
      ["Năm", "Danh hiệu, hình thức", "Đối tượng", "Chỉ tiêu được phân bổ", "Đã đề nghị", "Được khen thưởng"],
      [
        ...s.quotas.map((q) => [q.year, q.label, RECIPIENT_KIND_LABELS[q.kind], q.allocated, q.proposed, q.awarded]),
        [
          "Tổng cộng",
          "",
          "",
          sum(s.quotas.map((q) => q.allocated)),
          sum(s.quotas.map((q) => q.proposed)),
          sum(s.quotas.map((q) => q.awarded)),
        ],
      ],
      [8, 36, 12, 14, 12, 14],
    ),
    sheet(
      "Đăng ký thi đua",
      heading,
      ["Năm", "Danh hiệu", "Số đăng ký", "Số đạt", "Tỷ lệ đạt"],
      s.registrations.map((r) => [r.year, r.label, r.registered, r.achieved, percentOf(r.achieved, r.registered)]),
      [8, 36, 12, 10, 10],
    ),
  ];
  const file = writeExcelFile(sheets, { fontFamily: "Times New Roman", fontSize: 12 });
  return Buffer.from(await file.toBuffer());
}
