import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { dayMonthYear, placeDate } from "@/domain/text/format";
import { drawEmblem } from "./certificate-emblem";
import { ND98_ART104, type CertificateLayout } from "./certificate-layout";

/**
 * Certificates of merit ("Giấy khen") as one PDF, a page per awardee, ready to print on plain
 * paper or to hand over as a file, in the layout of Nghị định 98/2023/NĐ-CP Điều 104
 * (certificate-layout.ts says what it fixes; a province may pass its own layout): A4 landscape, a
 * decorated border, the Quốc huy at top centre (drawn as vector art, certificate-emblem.ts), the
 * national title and motto bold black, the signer's title and the award in bold red capitals,
 * "TẶNG" bold black, the recipient, then the decision's number and date with "Số sổ vàng" and the
 * place-date line in bold italic. Type is Tinos (a Times New Roman metric twin, OFL) from
 * @expo-google-fonts/tinos, which has every Vietnamese glyph; it is read from node_modules at run
 * time (pdfkit is a server-external package, see next.config.js), so the same path works under
 * vitest and `next start`.
 */

export type CertificateInput = {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ". */
  issuerTitle: string;
  /** "GIẤY KHEN". */
  formTitle: string;
  recipientName: string;
  /** "Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Đình Dù". */
  recipientDetail: string;
  /** "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024". */
  reason: string;
  /** "12/QĐ-UBND". */
  decisionNumber: string;
  /** yyyy-mm-dd. */
  decisionDate: string;
  place: string;
  signerName: string | null;
  registryNumber: string | null;
};

// Landscape A4, in points.
const W = 841.89;
const H = 595.28;
/** The text column, inside the border. */
const LEFT = 80;
const WIDTH = W - 2 * LEFT;

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");
const FONTS = {
  regular: path.join(FONT_DIR, "400Regular", "Tinos_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "Tinos_700Bold.ttf"),
  italic: path.join(FONT_DIR, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
  boldItalic: path.join(FONT_DIR, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
} as const;
type Font = keyof typeof FONTS;

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi-VN") + s.slice(1);
/** The signer's title from the conferring head's: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" → "CHỦ TỊCH". */
const signerTitle = (issuer: string) => /^(.+?)\s+(ỦY|UỶ) BAN NHÂN DÂN\b/u.exec(issuer.trim())?.[1] ?? issuer.trim();

type Doc = PDFKit.PDFDocument;

/** The largest size from `max` down to `min` at which `text` fits `width` (one line) and `height` (wrapped). */
function fit(
  doc: Doc,
  text: string,
  font: Font,
  max: number,
  min: number,
  box: { width: number; height?: number },
): number {
  doc.font(font);
  let size = max;
  const fits = () =>
    box.height === undefined
      ? doc.fontSize(size).widthOfString(text) <= box.width
      : doc.fontSize(size).heightOfString(text, { width: box.width, align: "center" }) <= box.height;
  while (size > min && !fits()) size -= 0.5;
  return size;
}

function centredText(
  doc: Doc,
  text: string,
  y: number,
  style: { font: Font; size: number; color: string; width?: number },
): number {
  const width = style.width ?? WIDTH;
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
  doc.text(text, (W - width) / 2, y, { width, align: "center" });
  return doc.y;
}

// ---------------------------------------------------------------------------------------------
// The border: a heavy and a thin frame outside, a band of lozenges, two frames inside, and a
// star in each corner of the band (inside the border: nothing is drawn outside it).

const OUTER = 20;
const BAND = [27, 45] as const;
const INNER = 49;

function lozenge(doc: Doc, cx: number, cy: number, rx: number, ry: number) {
  doc
    .moveTo(cx - rx, cy)
    .lineTo(cx, cy - ry)
    .lineTo(cx + rx, cy)
    .lineTo(cx, cy + ry)
    .closePath();
}

function cornerStar(doc: Doc, cx: number, cy: number, r: number, l: CertificateLayout) {
  const square = (angle: number) => {
    const pts = [0, 1, 2, 3].map(
      (k) => [cx + r * Math.cos(angle + (k * Math.PI) / 2), cy + r * Math.sin(angle + (k * Math.PI) / 2)] as const,
    );
    doc.moveTo(...pts[0]!);
    pts.slice(1).forEach((p) => doc.lineTo(...p));
    doc.closePath();
  };
  square(0);
  square(Math.PI / 4);
  doc.lineWidth(0.8).strokeColor(l.frame).stroke();
  doc
    .circle(cx, cy, r * 0.28)
    .fillColor(l.ornament)
    .fill();
}

function border(doc: Doc, l: CertificateLayout) {
  const rect = (m: number, width: number) =>
    doc
      .rect(m, m, W - 2 * m, H - 2 * m)
      .lineWidth(width)
      .strokeColor(l.frame)
      .stroke();
  rect(OUTER, 2.5);
  rect(BAND[0], 0.8);
  rect(BAND[1], 0.8);
  rect(INNER, 1.6);

  // Lozenges along each side of the band, spaced to end exactly at the corner squares.
  const mid = (BAND[0] + BAND[1]) / 2;
  const half = (BAND[1] - BAND[0]) / 2 - 2;
  const side = (from: number, to: number, place: (t: number) => [number, number], horizontal: boolean) => {
    const count = Math.floor((to - from) / 14);
    const step = (to - from) / count;
    for (let k = 0; k < count; k++) {
      const [x, y] = place(from + step * (k + 0.5));
      lozenge(doc, x, y, horizontal ? step / 2 - 1 : half, horizontal ? half : step / 2 - 1);
    }
  };
  side(BAND[1], W - BAND[1], (t) => [t, mid], true);
  side(BAND[1], W - BAND[1], (t) => [t, H - mid], true);
  side(BAND[1], H - BAND[1], (t) => [mid, t], false);
  side(BAND[1], H - BAND[1], (t) => [W - mid, t], false);
  doc.lineWidth(0.6).strokeColor(l.ornament).stroke();

  for (const [x, y] of [
    [mid, mid],
    [W - mid, mid],
    [mid, H - mid],
    [W - mid, H - mid],
  ] as const) {
    doc
      .rect(x - half - 2, y - half - 2, 2 * half + 4, 2 * half + 4)
      .fillColor("#ffffff")
      .fill();
    cornerStar(doc, x, y, half, l);
  }
}

// ---------------------------------------------------------------------------------------------

function page(doc: Doc, c: CertificateInput, l: CertificateLayout) {
  doc.addPage();
  border(doc, l);
  if (l.emblem) drawEmblem(doc, W / 2, l.emblem.cy, l.emblem.r);

  // Lines 1–2: the national title and the motto, bold black, the motto underlined.
  centredText(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", l.nation.y, {
    font: "bold",
    size: l.nation.size,
    color: l.ink,
  });
  const motto = "Độc lập - Tự do - Hạnh phúc";
  const below = centredText(doc, motto, l.motto.y, { font: "bold", size: l.motto.size, color: l.ink });
  const mottoWidth = doc.widthOfString(motto);
  doc
    .moveTo((W - mottoWidth) / 2, below + 1)
    .lineTo((W + mottoWidth) / 2, below + 1)
    .lineWidth(0.8)
    .strokeColor(l.ink)
    .stroke();

  // Line 3: the signer's title, capitals, bold red; line 4 "TẶNG", bold black; line 5 the award, capitals, bold red.
  const issuer = c.issuerTitle.trim();
  centredText(doc, issuer, l.issuer.y, {
    font: "bold",
    size: fit(doc, issuer, "bold", l.issuer.max, l.issuer.min, { width: WIDTH - 40 }),
    color: l.red,
  });
  centredText(doc, "TẶNG", l.give.y, { font: "bold", size: l.give.size, color: l.ink });
  const form = c.formTitle.trim();
  centredText(doc, form, l.award.y, {
    font: "bold",
    size: fit(doc, form, "bold", l.award.max, l.award.min, { width: WIDTH }),
    color: l.red,
  });

  // A long collective name wraps onto a second line before its type shrinks.
  const name = c.recipientName.trim();
  let y = centredText(doc, name, l.recipient.y, {
    font: "bold",
    size: fit(doc, name, "bold", l.recipient.max, l.recipient.min, { width: WIDTH - 40, height: l.recipient.height }),
    width: WIDTH - 40,
    color: l.ink,
  });
  const detail = c.recipientDetail.trim();
  if (detail)
    y = centredText(doc, detail, y + 4, {
      font: "regular",
      size: fit(doc, detail, "regular", 17, 11, { width: WIDTH - 80, height: 40 }),
      width: WIDTH - 80,
      color: l.ink,
    });
  const reason = upperFirst(c.reason.trim());
  centredText(doc, reason, y + 10, {
    font: "regular",
    size: fit(doc, reason, "regular", 17, 10, { width: WIDTH - 80, height: l.textBottom - y - 10 }),
    width: WIDTH - 80,
    color: l.ink,
  });

  // Bottom: the decision and the golden book at left, place-date and the signer's title at right
  // (bold italic, but the title bold), then room to sign and seal (about 28 mm) and the name.
  const { width, signY } = l.bottom;
  const right = W - LEFT - width;
  doc
    .font("boldItalic")
    .fontSize(14)
    .fillColor(l.ink)
    .text(placeDate(c.place.trim(), c.decisionDate, c.decisionDate.slice(0, 4)), right, l.bottom.y, {
      width,
      align: "center",
    });
  const titleY = doc.y + 2;
  doc.font("bold").fontSize(15).text(signerTitle(issuer), right, titleY, { width, align: "center" });
  doc
    .font("boldItalic")
    .fontSize(13)
    .text(`Quyết định số ${c.decisionNumber.trim()}, ${dayMonthYear(c.decisionDate)}`, LEFT, l.bottom.y + 2, {
      width,
      align: "center",
    });
  if (c.registryNumber?.trim())
    doc.text(`Số sổ vàng: ${c.registryNumber.trim()}`, LEFT, titleY + 2, { width, align: "center" });
  if (c.signerName?.trim())
    doc.font("bold").fontSize(16).text(c.signerName.trim(), right, signY, { width, align: "center" });
}

/** The certificates of `certs`, a page each, in `layout` (by default that of NĐ 98/2023/NĐ-CP Điều 104). */
export function certificatePdf(certs: CertificateInput[], layout: CertificateLayout = ND98_ART104): Promise<Buffer> {
  if (!certs.length) return Promise.reject(new RangeError("Không có giấy khen nào để in."));
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    autoFirstPage: false,
    // The embedded font from the start, so pdfkit never loads its standard (Latin-only) fonts.
    font: FONTS.regular,
    lang: "vi-VN",
    info: {
      Title: certs.length === 1 ? `${certs[0]!.formTitle} – ${certs[0]!.recipientName}` : certs[0]!.formTitle,
      Creator: "Thi đua – Khen thưởng",
      Producer: "Thi đua – Khen thưởng",
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const c of certs) page(doc, c, layout);
  doc.end();
  return done;
}
