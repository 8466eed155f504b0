import { eraOn } from "./eras";

/**
 * The "Căn cứ …" lines a document dated `onDate` cites, by the law of that day. Pure. Without the
 * ";" or "." that ends them: the document terminates its list of bases (Nghị định 30/2020/NĐ-CP).
 */

/** The law and the decree detailing it: a decision of 15/01/2023 cites Luật 2003 and NĐ 91/2017, not NĐ 98/2023. */
export function lawBases(onDate: string): string[] {
  const era = eraOn(onDate);
  return [`Căn cứ ${era.law.cite}`, `Căn cứ ${era.decree.cite}`];
}

/**
 * The basis of a commune chair's power to confer where a text other than the law gives it: from
 * 01/7/2025, Nghị định 129/2025/NĐ-CP Điều 59. Null before (the law's Điều 80, already cited).
 */
export function communePowerBasis(onDate: string): string | null {
  const power = eraOn(onDate).communePower;
  return power ? `Căn cứ ${power.where} ${power.text.cite}` : null;
}
