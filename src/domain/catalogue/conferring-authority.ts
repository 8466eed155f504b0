import { findEntry } from "./catalogue";
import { unitLevel, type UnitKindCode } from "@/domain/units/hierarchy";
import { eraOn } from "@/domain/law/eras";
import { communePowerBasis } from "@/domain/law/citations";

/**
 * Whether the chair of a commune or district may confer a title or form on a given day. Pure.
 *
 *  - 01/01/2024 – 30/06/2025, Luật Thi đua, khen thưởng số 06/2022/QH15 Điều 80: khoản 2, the
 *    district chair confers "thôn, tổ dân phố văn hóa", Tập thể lao động tiên tiến, Chiến sĩ thi đua
 *    cơ sở, Lao động tiên tiến and Giấy khen; khoản 3, the commune chair Lao động tiên tiến, Giấy
 *    khen and "Gia đình văn hóa".
 *  - from 01/07/2025, Nghị định 129/2025/NĐ-CP Điều 59: the commune chair confers Chiến sĩ thi đua
 *    cơ sở, Tập thể lao động tiên tiến, Lao động tiên tiến, thôn/tổ dân phố văn hóa, Gia đình văn
 *    hóa and Giấy khen — what the district chair conferred, and what the commune chair already did.
 *
 * Null where these articles do not decide: before the Law of 2022 took effect, units of the
 * province level (other articles), and districts after 30/6/2025 — a unit that no longer exists is
 * refused by its validity, not here. The eras and their articles come from the legal calendar
 * (src/domain/law).
 */

const DISTRICT_2024 = ["THON_TDP_VAN_HOA", "TTLDTT", "CSTD_CS", "LDTT", "GK_CT_HUYEN"];
const COMMUNE_2024 = ["LDTT", "GK_CT_XA", "GIA_DINH_VAN_HOA"];
/** What the commune chair confers from 1/7/2025: also what a province's rules for communes are about. */
export const COMMUNE_CHAIR_CONFERS_FROM_2025 = [
  "CSTD_CS",
  "TTLDTT",
  "LDTT",
  "THON_TDP_VAN_HOA",
  "GIA_DINH_VAN_HOA",
  "GK_CT_XA",
];

export type ConferringAuthority = {
  confers: boolean;
  /** The signer's authority in a sentence: "Chủ tịch Ủy ban nhân dân cấp xã". */
  authority: string;
  article: string;
  /** Why not, in Vietnamese, when `confers` is false. */
  reason: string | null;
  /**
   * The "Căn cứ" line a decision adds for this power, when a text other than the law it already
   * cites gives it (from 01/7/2025: Nghị định 129/2025/NĐ-CP Điều 59); null otherwise.
   */
  basis: string | null;
};

const COMMUNE_CHAIR = "Chủ tịch Ủy ban nhân dân cấp xã";
const DISTRICT_CHAIR = "Chủ tịch Ủy ban nhân dân cấp huyện";

function answer(
  code: string,
  list: string[],
  authority: string,
  article: string,
  otherwise: string,
  basis: string | null = null,
): ConferringAuthority {
  const name = findEntry(code)?.name ?? code;
  const confers = list.includes(code);
  return {
    confers,
    authority,
    article,
    reason: confers ? null : `${authority} không có thẩm quyền tặng "${name}" (${article}). ${otherwise}`,
    basis: confers ? basis : null,
  };
}

/** Who may confer `catalogueCode` as chair of a unit of `kind` on `onDate` (ISO), or null where not decided here. */
export function conferringAuthority(
  catalogueCode: string,
  kind: UnitKindCode,
  onDate: string,
): ConferringAuthority | null {
  const level = unitLevel(kind);
  const era = eraOn(onDate);
  if (era.id === "LAW_2003" || level === "PROVINCE") return null;
  if (era.id === "ND152") {
    if (level === "DISTRICT" || !era.powerArticles.commune) return null;
    return answer(
      catalogueCode,
      COMMUNE_CHAIR_CONFERS_FROM_2025,
      COMMUNE_CHAIR,
      era.powerArticles.commune,
      "Đề nghị cấp có thẩm quyền khen thưởng.",
      communePowerBasis(onDate),
    );
  }
  const { commune, district } = era.powerArticles;
  if (!commune || !district) return null;
  if (level === "DISTRICT")
    return answer(catalogueCode, DISTRICT_2024, DISTRICT_CHAIR, district, "Đề nghị cấp tỉnh khen thưởng.");
  const fromDistrict = DISTRICT_2024.includes(catalogueCode)
    ? `Trước 01/7/2025, danh hiệu, hình thức này do ${DISTRICT_CHAIR} tặng (${district}): đề nghị lên huyện.`
    : "Đề nghị cấp có thẩm quyền khen thưởng.";
  return answer(catalogueCode, COMMUNE_2024, COMMUNE_CHAIR, commune, fromDistrict);
}
