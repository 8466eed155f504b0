/**
 * Text helpers for Vietnamese names. Pure: used by the data layer to fill search/sort columns
 * and by tests.
 */

/** Lower-case, diacritics removed, "đ" folded to "d", spaces collapsed: "Nguyễn  Văn Đức" → "nguyen van duc". */
export function toSearchText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Collapses runs of whitespace and trims; names typed or pasted from Word often carry both. */
export function tidyName(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Key for sorting people the way Vietnamese lists do: by given name (tên, the last word), then
 * by the whole name. "Nguyễn Văn An" → "An Nguyễn Văn An". The column carries a Vietnamese ICU
 * collation, so the database orders the accents correctly.
 */
export function toSortName(fullName: string): string {
  const tidy = tidyName(fullName);
  const given = tidy.split(" ").at(-1) ?? tidy;
  return `${given} ${tidy}`;
}
