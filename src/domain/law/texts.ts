/**
 * The legal texts of emulation and commendation, as documents cite them. Pure.
 *
 * `name` is how a page or an article reference names the text ("Nghị định 98/2023/NĐ-CP, Điều 30
 * khoản 7"); `cite` is how a "Căn cứ …" line of an administrative document names it (number, date,
 * issuer and title, as Nghị định 30/2020/NĐ-CP writes a basis). Dates and numbers as checked in
 * `../shared/docs/legal-facts.md` and the texts' usual citations; a title that could not be read is
 * not invented: Nghị định 129/2025/NĐ-CP is cited by its number, date and article only.
 */

export type LegalText = { name: string; cite: string };

export const LAW_2003: LegalText = {
  name: "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013)",
  cite: "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013",
};

export const ND91: LegalText = {
  name: "Nghị định 91/2017/NĐ-CP",
  cite: "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
};

export const LAW_2022: LegalText = {
  name: "Luật Thi đua, khen thưởng số 06/2022/QH15",
  cite: "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
};

export const ND98: LegalText = {
  name: "Nghị định 98/2023/NĐ-CP",
  cite: "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
};

export const ND152: LegalText = {
  name: "Nghị định 152/2025/NĐ-CP",
  cite: "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
};

export const ND129: LegalText = {
  name: "Nghị định 129/2025/NĐ-CP",
  cite: "Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ",
};

/** "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7": a text and its article, as pages and notes cite them. */
export const article = (text: LegalText, where: string) => `${text.name}, ${where}`;
