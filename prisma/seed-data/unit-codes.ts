/** Official codes (three-level era) of the units the demo works in; see units.ts for sources. */
export const UNIT_CODES = {
  namDinh: "36",
  trucNinh: "363",
  coLe: "14026",
  hungYen: "33",
  vanLam: "325",
  dinhDu: "12004",
  binhPhuoc: "70",
  honQuan: "694",
  tanKhai: "25357",
  thanhAn: "25327",
} as const;
