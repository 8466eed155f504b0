import "server-only";
import writeExcelFile from "write-excel-file/node";
import { upper } from "@/domain/text/format";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";

/**
 * The registration table as offices exchange it (layout of seed 001's "ĐĂNG KÝ danh hiệu thi đua,
 * khen thưởng"): unit header and national motto, title, then STT | Tập thể, cá nhân | the titles
 * (grouped under "Danh hiệu thi đua") | the forms (under "Hình thức khen thưởng") | Nội dung đăng ký,
 * a row of column numbers (1)…(n), and sections "I Tập thể", "II Cá nhân" with an "x" per mark.
 * One sheet per registering unit, after a summary sheet of counts with each unit's status, whose
 * totals count approved registrations only.
 */
export type RegistrationSheet = {
  unitName: string;
  /** The review state as shown ("Đã duyệt", "Trả lại để hoàn thiện", …); absent: not shown. */
  status?: string;
  /** Counted in the totals: the registration was approved. */
  approved?: boolean;
  /** The basis line ("Căn cứ Kế hoạch số … ngày … của …, … đăng ký thi đua năm … như sau:"). */
  basis?: string;
  rows: { kind: "COLLECTIVE" | "INDIVIDUAL"; label: string; items: string[]; commitment: string }[];
};

export type RegistrationWorkbook = {
  planTitle: string;
  issuerName: string;
  columns: { code: string; name: string; group: "TITLE" | "FORM" }[];
  sheets: RegistrationSheet[];
};

type Cell = {
  value: string | number;
  fontWeight?: "bold";
  align?: "center" | "left" | "right";
  columnSpan?: number;
  rowSpan?: number;
  wrap?: boolean;
  borderStyle?: "thin";
} | null;

const boxed = (value: string | number, extra: Partial<NonNullable<Cell>> = {}): Cell => ({
  value,
  borderStyle: "thin",
  wrap: true,
  ...extra,
});

function unitSheet(book: RegistrationWorkbook, sheet: RegistrationSheet) {
  const titles = book.columns.filter((c) => c.group === "TITLE");
  const forms = book.columns.filter((c) => c.group === "FORM");
  const ordered = [...titles, ...forms];
  const width = ordered.length + 3;
  const blank = (n: number): Cell[] => Array.from({ length: n }, () => null);
  const half = Math.max(2, Math.floor(width / 2));
  const data: Cell[][] = [
    [
      { value: "ỦY BAN NHÂN DÂN", fontWeight: "bold", align: "center", columnSpan: half },
      ...blank(half - 1),
      { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fontWeight: "bold", align: "center", columnSpan: width - half },
      ...blank(width - half - 1),
    ],
    [
      { value: upper(sheet.unitName), fontWeight: "bold", align: "center", columnSpan: half },
      ...blank(half - 1),
      { value: "Độc lập - Tự do - Hạnh phúc", fontWeight: "bold", align: "center", columnSpan: width - half },
      ...blank(width - half - 1),
    ],
    blank(width),
    [{ value: "ĐĂNG KÝ", fontWeight: "bold", align: "center", columnSpan: width }, ...blank(width - 1)],
    [
      {
        value: `Danh hiệu thi đua, hình thức khen thưởng theo ${book.planTitle}`,
        fontWeight: "bold",
        align: "center",
        columnSpan: width,
        wrap: true,
      },
      ...blank(width - 1),
    ],
    [
      {
        value: sheet.basis ?? `Căn cứ Kế hoạch của ${book.issuerName}, ${sheet.unitName} đăng ký thi đua như sau:`,
        columnSpan: width,
        wrap: true,
      },
      ...blank(width - 1),
    ],
    [
      boxed("STT", { fontWeight: "bold", align: "center", rowSpan: 2 }),
      boxed("Tập thể, cá nhân", { fontWeight: "bold", align: "center", rowSpan: 2 }),
      ...(titles.length
        ? [
            boxed("Danh hiệu thi đua", { fontWeight: "bold", align: "center", columnSpan: titles.length }),
            ...blank(titles.length - 1),
          ]
        : []),
      ...(forms.length
        ? [
            boxed("Hình thức khen thưởng", { fontWeight: "bold", align: "center", columnSpan: forms.length }),
            ...blank(forms.length - 1),
          ]
        : []),
      boxed("Nội dung đăng ký", { fontWeight: "bold", align: "center", rowSpan: 2 }),
    ],
    [null, null, ...ordered.map((c) => boxed(c.name, { fontWeight: "bold", align: "center" })), null],
    Array.from({ length: width }, (_, i) => boxed(`(${i + 1})`, { align: "center" })),
  ];
  const section = (numeral: string, title: string, kind: "COLLECTIVE" | "INDIVIDUAL") => {
    data.push([
      boxed(numeral, { fontWeight: "bold", align: "center" }),
      boxed(title, { fontWeight: "bold" }),
      ...ordered.map(() => boxed("")),
      boxed(""),
    ]);
    sheet.rows
      .filter((r) => r.kind === kind)
      .forEach((r, i) =>
        data.push([
          boxed(i + 1, { align: "center" }),
          boxed(r.label),
          ...ordered.map((c) => boxed(r.items.includes(c.code) ? "x" : "", { align: "center" })),
          boxed(r.commitment),
        ]),
      );
  };
  section("I", RECIPIENT_KIND_LABELS.COLLECTIVE, "COLLECTIVE");
  section("II", RECIPIENT_KIND_LABELS.INDIVIDUAL, "INDIVIDUAL");
  return {
    data,
    sheet: sheet.unitName.slice(0, 31),
    columns: [{ width: 6 }, { width: 40 }, ...ordered.map(() => ({ width: 14 })), { width: 40 }],
  };
}

function summarySheet(book: RegistrationWorkbook) {
  const header: Cell[] = [
    boxed("Đơn vị", { fontWeight: "bold" }),
    boxed("Trạng thái", { fontWeight: "bold" }),
    ...book.columns.map((c) => boxed(c.name, { fontWeight: "bold", align: "center" })),
  ];
  const count = (sheets: RegistrationSheet[], code: string) =>
    sheets.reduce((n, s) => n + s.rows.filter((r) => r.items.includes(code)).length, 0);
  const rows: Cell[][] = book.sheets.map((s) => [
    boxed(s.unitName),
    boxed(s.status ?? ""),
    ...book.columns.map((c) => boxed(count([s], c.code), { align: "center" })),
  ]);
  const approved = book.sheets.filter((s) => s.approved);
  const total: Cell[] = [
    boxed("Tổng cộng (đã duyệt)", { fontWeight: "bold" }),
    boxed(`${approved.length}/${book.sheets.length} đơn vị`, { fontWeight: "bold" }),
    ...book.columns.map((c) => boxed(count(approved, c.code), { fontWeight: "bold", align: "center" })),
  ];
  return {
    data: [
      [
        {
          value: `Tổng hợp đăng ký thi đua – ${book.planTitle}`,
          fontWeight: "bold" as const,
          columnSpan: book.columns.length + 2,
        },
        ...Array.from({ length: book.columns.length + 1 }, () => null),
      ],
      header,
      ...rows,
      total,
    ],
    sheet: "Tổng hợp",
    columns: [{ width: 36 }, { width: 24 }, ...book.columns.map(() => ({ width: 14 }))],
  };
}

export async function renderRegistrationXlsx(book: RegistrationWorkbook): Promise<Buffer> {
  const sheets = [summarySheet(book), ...book.sheets.map((s) => unitSheet(book, s))];
  // write-excel-file's cell typing is wider than ours; the shapes above follow its README.
  return Buffer.from(
    await writeExcelFile(sheets as never, { fontFamily: "Times New Roman", fontSize: 12 } as never).toBuffer(),
  );
}
