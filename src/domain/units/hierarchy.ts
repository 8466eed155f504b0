/**
 * The administrative tree. Depth is never assumed: a unit's `path` lists its ancestors' ids,
 * root first, so both tỉnh → huyện → xã (before 1/7/2025) and tỉnh → xã (after) fit.
 */

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

export function depthOf(path: string): number {
  return path.split("/").filter(Boolean).length - 1;
}

const KIND_LABELS = {
  TINH: "Tỉnh",
  THANH_PHO_TRUNG_UONG: "Thành phố trực thuộc trung ương",
  HUYEN: "Huyện",
  QUAN: "Quận",
  THI_XA: "Thị xã",
  THANH_PHO_THUOC_TINH: "Thành phố thuộc tỉnh",
  XA: "Xã",
  PHUONG: "Phường",
  THI_TRAN: "Thị trấn",
  DAC_KHU: "Đặc khu",
} as const;

export type UnitKindCode = keyof typeof KIND_LABELS;

export function unitKindLabel(kind: UnitKindCode): string {
  return KIND_LABELS[kind];
}

const KIND_PREFIX = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) /;

/** "Huyện Trực Ninh" → "huyện Trực Ninh", as a unit is named inside a sentence ("của UBND huyện …"). */
export function unitNameInSentence(name: string): string {
  return name.replace(KIND_PREFIX, (m) => m.toLowerCase());
}

/** "Thị trấn Cổ Lễ" → "Cổ Lễ": the place name a document's date line starts with. */
export function placeName(name: string): string {
  return name.replace(KIND_PREFIX, "");
}

export type UnitLevel = "PROVINCE" | "DISTRICT" | "COMMUNE";

const LEVELS: Record<UnitKindCode, UnitLevel> = {
  TINH: "PROVINCE",
  THANH_PHO_TRUNG_UONG: "PROVINCE",
  HUYEN: "DISTRICT",
  QUAN: "DISTRICT",
  THI_XA: "DISTRICT",
  THANH_PHO_THUOC_TINH: "DISTRICT",
  XA: "COMMUNE",
  PHUONG: "COMMUNE",
  THI_TRAN: "COMMUNE",
  DAC_KHU: "COMMUNE",
};

/** The level of government a kind of unit is (cấp tỉnh, cấp huyện until 30/6/2025, cấp xã). */
export function unitLevel(kind: UnitKindCode): UnitLevel {
  return LEVELS[kind];
}
