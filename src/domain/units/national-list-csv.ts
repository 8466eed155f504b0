/**
 * Reads the national list of administrative units (danh mục đơn vị hành chính) exported as CSV.
 *
 * Formats understood (the header row is found among the first rows; title lines above it are skipped):
 *  - three-level GSO export (danhmuchanhchinh.gso.gov.vn, before 1/7/2025):
 *      Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp, Tên Tiếng Anh
 *    A district without communes appears with empty commune cells (e.g. Huyện Bạch Long Vĩ, Cấp "Huyện").
 *  - two-level lists (from 1/7/2025): the same columns without Quận Huyện / Mã QH, or the layout of
 *    the Cục Thống kê appendix (Công văn 1027/CTK-CSCL, QĐ 19/2025/QĐ-TTg):
 *      Stt, Mã số, Tên đơn vị hành chính, Tỉnh (thành phố)
 *    with upper-case section rows ("TỈNH NINH BÌNH") and no province code column; province codes
 *    then come from the official 2025 list below.
 * UTF-8 with or without BOM; comma, semicolon or tab separated; RFC 4180 quoting (quoted fields may
 * hold separators, doubled quotes and line breaks). Leading zeros lost by spreadsheets are restored.
 *
 * Pure: no I/O, no database. Errors are collected (in Vietnamese) with the line the record starts on.
 */
import type { UnitKindCode } from "./hierarchy";
import { CODE_LENGTH, LEVEL_LABEL, LEVEL_VALUES, PREFIXES, PROVINCE_CODES_2025, type Level } from "./unit-vocabulary";
import { clean, findHeader, headerKey, readCsv, type CsvRecord, type ParseError } from "./csv";

export type ParsedUnit = {
  code: string;
  /** Official name with the kind word, e.g. "Thị trấn Cổ Lễ". */
  name: string;
  kind: UnitKindCode;
  parentCode: string | null;
  englishName: string | null;
  /** Line (1-based) of the first row that named this unit. */
  line: number;
};

export type { ParseError };

export type NationalListFormat = "BA_CAP" | "HAI_CAP";

export type NationalListResult = {
  units: ParsedUnit[];
  errors: ParseError[];
  /** Null when no header row was recognised. */
  format: NationalListFormat | null;
};

type Role =
  | "provinceName"
  | "provinceCode"
  | "districtName"
  | "districtCode"
  | "communeName"
  | "communeCode"
  | "level"
  | "englishName";

const HEADER_ALIASES: Record<Role, string[]> = {
  provinceName: ["tỉnh thành phố", "tên tỉnh thành phố", "tỉnh", "tên tỉnh", "tỉnh tp", "tỉnh thành"],
  provinceCode: ["mã tp", "mã tỉnh", "mã tỉnh thành phố", "mã tỉnh tp"],
  districtName: ["quận huyện", "tên quận huyện", "huyện", "tên huyện"],
  districtCode: ["mã qh", "mã huyện", "mã quận huyện"],
  communeName: [
    "phường xã",
    "tên phường xã",
    "xã phường",
    "tên xã phường",
    "tên đơn vị hành chính",
    "tên xã",
    "tên đvhc",
  ],
  communeCode: ["mã px", "mã xã", "mã phường xã", "mã xã phường", "mã số"],
  level: ["cấp", "loại", "loại hình"],
  englishName: ["tên tiếng anh"],
};

/** Restores leading zeros; rejects anything but digits or codes longer than the level allows. */
function normaliseCode(raw: string, level: Level): string | null {
  const value = raw.replace(/\s/g, "");
  const width = CODE_LENGTH[level];
  if (!/^\d+$/.test(value) || value.length > width) return null;
  return value.padStart(width, "0");
}

function startsWithWord(name: string, word: string): boolean {
  const lower = name.toLocaleLowerCase("vi");
  const w = word.toLocaleLowerCase("vi");
  return lower === w || lower.startsWith(`${w} `);
}

/** "Tp Hải Phòng", "TP. Hồ Chí Minh" → "Thành phố …" (abbreviation used in the official appendix). */
function expandProvinceAbbreviation(name: string): string {
  return name.replace(/^tp\.?\s+/i, "Thành phố ");
}

function isSectionHeading(name: string): boolean {
  return /\p{L}/u.test(name) && name === name.toLocaleUpperCase("vi");
}

export function parseNationalUnitList(csvText: string): NationalListResult {
  const errors: ParseError[] = [];
  const text = csvText.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { units: [], errors: [{ line: 1, message: "Tệp trống." }], format: null };

  const records = readCsv(text, errors);
  const header = findHeader<Role>(records, HEADER_ALIASES, ["communeName", "communeCode"]);
  if (!header) {
    errors.push({
      line: records[0]?.line ?? 1,
      message:
        'Không tìm thấy dòng tiêu đề: cần ít nhất cột tên và mã phường/xã (ví dụ "Phường Xã" và "Mã PX", hoặc "Tên đơn vị hành chính" và "Mã số").',
    });
    return { units: [], errors, format: null };
  }
  const col = header.columns;
  const threeLevel = col.districtName !== undefined || col.districtCode !== undefined;
  const format: NationalListFormat = threeLevel ? "BA_CAP" : "HAI_CAP";

  const units = new Map<string, ParsedUnit>();
  const cellOf = (rec: CsvRecord, role: Role) => (col[role] === undefined ? "" : clean(rec.cells[col[role]!]));

  /** Adds a unit or checks it against the one already seen with the same code. */
  const addUnit = (unit: ParsedUnit): boolean => {
    const seen = units.get(unit.code);
    if (!seen) {
      units.set(unit.code, unit);
      return true;
    }
    const diff = (["name", "kind", "parentCode"] as const).find((k) => seen[k] !== unit[k]);
    if (diff) {
      errors.push({
        line: unit.line,
        message: `Mã ${unit.code} đã có ở dòng ${seen.line} với thông tin khác: "${seen[diff] ?? "(trống)"}" ≠ "${unit[diff] ?? "(trống)"}".`,
      });
      return false;
    }
    if (!seen.englishName && unit.englishName) seen.englishName = unit.englishName;
    return true;
  };

  /** Resolves kind and full name from the name prefix and/or the "Cấp" column. */
  const resolveKind = (
    rawName: string,
    level: Level,
    levelCell: string,
    line: number,
  ): { name: string; kind: UnitKindCode } | null => {
    const byPrefix = PREFIXES[level].find(([word]) => startsWithWord(rawName, word));
    const byColumn = levelCell ? LEVEL_VALUES[levelCell.toLocaleLowerCase("vi")] : undefined;
    if (levelCell && (!byColumn || byColumn.level !== level)) {
      errors.push({ line, message: `Cấp "${levelCell}" không hợp lệ cho ${LEVEL_LABEL[level]} "${rawName}".` });
      return null;
    }
    if (byPrefix) {
      const [word, kind] = byPrefix;
      // Canonical casing of the kind word ("Thị Trấn Ngọc Lặc" → "Thị trấn Ngọc Lặc").
      const name = rawName.length === word.length ? word : `${word}${rawName.slice(word.length)}`;
      if (byColumn && byColumn.kind !== kind) {
        errors.push({ line, message: `Cấp "${levelCell}" không khớp với tên "${rawName}".` });
        return null;
      }
      return { name, kind };
    }
    if (byColumn) return { name: `${byColumn.word} ${rawName}`, kind: byColumn.kind };
    errors.push({
      line,
      message: `Không nhận ra loại đơn vị của ${LEVEL_LABEL[level]} "${rawName}" (tên phải bắt đầu bằng ${PREFIXES[
        level
      ]
        .map(([w]) => `"${w}"`)
        .join(", ")} hoặc có cột "Cấp").`,
    });
    return null;
  };

  for (const rec of records.slice(header.index + 1)) {
    if (rec.cells.every((c) => clean(c) === "")) continue;
    const line = rec.line;
    const levelCell = cellOf(rec, "level");
    const levelInfo = levelCell ? LEVEL_VALUES[levelCell.toLocaleLowerCase("vi")] : undefined;

    // ---- Province
    const provinceNameRaw = expandProvinceAbbreviation(cellOf(rec, "provinceName"));
    const communeNameRaw = cellOf(rec, "communeName");
    const communeCodeRaw = cellOf(rec, "communeCode");
    if (!communeCodeRaw && communeNameRaw && isSectionHeading(communeNameRaw) && !cellOf(rec, "districtCode")) continue; // "TỈNH NINH BÌNH"
    if (!provinceNameRaw) {
      errors.push({ line, message: "Thiếu tên tỉnh/thành phố." });
      continue;
    }
    const province = resolveKind(provinceNameRaw, "province", "", line);
    if (!province) continue;
    let provinceCode: string | null;
    const provinceCodeRaw = cellOf(rec, "provinceCode");
    if (provinceCodeRaw) {
      provinceCode = normaliseCode(provinceCodeRaw, "province");
      if (!provinceCode) {
        errors.push({
          line,
          message: `Mã tỉnh/thành phố "${provinceCodeRaw}" không hợp lệ (chỉ gồm chữ số, tối đa 2 chữ số).`,
        });
        continue;
      }
    } else if (col.provinceCode === undefined) {
      const bare = province.name.replace(/^(Thành phố|Tỉnh)\s+/, "").toLocaleLowerCase("vi");
      provinceCode = PROVINCE_CODES_2025[bare] ?? null;
      if (!provinceCode) {
        errors.push({
          line,
          message: `Không xác định được mã của "${province.name}": tệp không có cột mã tỉnh và tên không có trong danh mục 34 tỉnh, thành phố từ 1/7/2025.`,
        });
        continue;
      }
    } else {
      errors.push({ line, message: "Thiếu mã tỉnh/thành phố." });
      continue;
    }
    if (
      !addUnit({
        code: provinceCode,
        name: province.name,
        kind: province.kind,
        parentCode: null,
        englishName: null,
        line,
      })
    )
      continue;

    // ---- District (three-level only)
    let parentOfCommune = provinceCode;
    if (threeLevel) {
      const districtNameRaw = cellOf(rec, "districtName");
      const districtCodeRaw = cellOf(rec, "districtCode");
      if (!districtNameRaw || !districtCodeRaw) {
        errors.push({ line, message: !districtCodeRaw ? "Thiếu mã quận/huyện." : "Thiếu tên quận/huyện." });
        continue;
      }
      const districtCode = normaliseCode(districtCodeRaw, "district");
      if (!districtCode) {
        errors.push({
          line,
          message: `Mã quận/huyện "${districtCodeRaw}" không hợp lệ (chỉ gồm chữ số, tối đa 3 chữ số).`,
        });
        continue;
      }
      const districtLevel = levelInfo?.level === "district" ? levelCell : "";
      const district = resolveKind(districtNameRaw, "district", districtLevel, line);
      if (!district) continue;
      const englishName = districtLevel && !communeNameRaw ? cellOf(rec, "englishName") || null : null;
      if (
        !addUnit({
          code: districtCode,
          name: district.name,
          kind: district.kind,
          parentCode: provinceCode,
          englishName,
          line,
        })
      )
        continue;
      parentOfCommune = districtCode;
      // A district with no commune-level units (e.g. Huyện Bạch Long Vĩ, Huyện Côn Đảo).
      if (!communeNameRaw && !communeCodeRaw) continue;
    }

    // ---- Commune
    if (!communeCodeRaw || !communeNameRaw) {
      errors.push({ line, message: !communeCodeRaw ? "Thiếu mã phường/xã." : "Thiếu tên phường/xã." });
      continue;
    }
    const communeCode = normaliseCode(communeCodeRaw, "commune");
    if (!communeCode) {
      errors.push({
        line,
        message: `Mã phường/xã "${communeCodeRaw}" không hợp lệ (chỉ gồm chữ số, tối đa 5 chữ số).`,
      });
      continue;
    }
    const commune = resolveKind(communeNameRaw, "commune", levelCell, line);
    if (!commune) continue;
    addUnit({
      code: communeCode,
      name: commune.name,
      kind: commune.kind,
      parentCode: parentOfCommune,
      englishName: cellOf(rec, "englishName") || null,
      line,
    });
  }

  return { units: [...units.values()], errors, format };
}
