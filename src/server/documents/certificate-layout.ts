import "server-only";

/**
 * The layout of a Giấy khen page (A4 landscape, in points from the top left), as data: a province
 * that has its own design — since 1/7/2025 the Prime Minister sets the design of award items
 * (Nghị định 152/2025/NĐ-CP Điều 6 khoản 1 điểm a) and that decision was not found — passes its
 * own `CertificateLayout` to `certificatePdf` instead of this one (README, "Giấy khen").
 *
 * `ND98_ART104` follows Nghị định 98/2023/NĐ-CP Điều 104 (legal-facts.md, high): A4 landscape,
 * white ground inside a decorated border with no ornament outside it; the Quốc huy at top centre;
 * line 1 (quốc hiệu) and line 2 (tiêu ngữ) bold black; line 3 the signer's title in capitals,
 * bold red; line 4 "TẶNG" bold black; line 5 the award in capitals, bold red; the decision's
 * number and date with "Số sổ vàng", and the place-date line, in bold italic black. Type sizes
 * and the border's pattern are not fixed by the text read: those here are ours.
 */
export type CertificateLayout = {
  /** The emblem's centre height and radius; null prints none (a blank that has it printed). */
  emblem: { cy: number; r: number } | null;
  /** Lines 3 and 5. */
  red: string;
  ink: string;
  /** The border's frames and ornaments. */
  frame: string;
  ornament: string;
  nation: { y: number; size: number };
  motto: { y: number; size: number };
  issuer: { y: number; max: number; min: number };
  give: { y: number; size: number };
  award: { y: number; max: number; min: number };
  /** The recipient's name wraps within `height` before its type shrinks. */
  recipient: { y: number; max: number; min: number; height: number };
  /** Where the recipient's details and achievement must end. */
  textBottom: number;
  /** Decision and "Số sổ vàng" at left, place-date and the signer's title at right, from `y`; the name at `signY`. */
  bottom: { y: number; signY: number; width: number };
};

export const ND98_ART104: CertificateLayout = {
  emblem: { cy: 88, r: 27 },
  red: "#c8102e",
  ink: "#000000",
  frame: "#b3151b",
  ornament: "#a87b12",
  nation: { y: 121, size: 14 },
  motto: { y: 139, size: 15 },
  issuer: { y: 168, max: 20, min: 12 },
  give: { y: 197, size: 16 },
  award: { y: 217, max: 40, min: 22 },
  recipient: { y: 272, max: 28, min: 14, height: 60 },
  textBottom: 404,
  bottom: { y: 414, signY: 512, width: 320 },
};
