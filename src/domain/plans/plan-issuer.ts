/**
 * How a plan names the body that issues it (Nghị định 30/2020/NĐ-CP, Phụ lục I): a unit of an
 * administrative level is governed by its People's Committee ("ỦY BAN NHÂN DÂN" / "THỊ TRẤN CỔ LỄ"
 * in the header, "Ủy ban nhân dân thị trấn Cổ Lễ" in the text); any other body ("Phòng Nội vụ")
 * is named as it is. Pure.
 */
import { upper } from "@/domain/text/format";

/** Administrative levels whose unit is governed by an Ủy ban nhân dân. */
const LEVEL = /^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)(\s|$)/iu;
const UBND_PREFIX = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu;

/** "Thị trấn Cổ Lễ" → "thị trấn Cổ Lễ" (the level word in lower case, the name as written). */
function levelLower(name: string): string {
  const m = LEVEL.exec(name);
  return m ? m[1]!.toLocaleLowerCase("vi-VN") + name.slice(m[1]!.length) : name;
}

export type Issuer = { unit: string; isPeopleCommittee: boolean };
export function issuerOf(name: string): Issuer {
  const hadPrefix = UBND_PREFIX.test(name.trim());
  const unit = name.trim().replace(UBND_PREFIX, "");
  return { unit, isPeopleCommittee: hadPrefix || LEVEL.test(unit) };
}

/** The body's lines in the header: "ỦY BAN NHÂN DÂN" / "THỊ TRẤN CỔ LỄ", or "PHÒNG NỘI VỤ". */
export const issuerLines = (i: Issuer) => (i.isPeopleCommittee ? ["ỦY BAN NHÂN DÂN", upper(i.unit)] : [upper(i.unit)]);

/** How the text names the issuing body: "Ủy ban nhân dân thị trấn Cổ Lễ". */
export const issuerInText = (i: Issuer) => (i.isPeopleCommittee ? `Ủy ban nhân dân ${levelLower(i.unit)}` : i.unit);

/** The governing body's line: "UBND HUYỆN TRỰC NINH". */
export function parentLine(parentName: string): string {
  const p = issuerOf(parentName);
  return p.isPeopleCommittee ? `UBND ${upper(p.unit)}` : upper(p.unit);
}
