import "server-only";

/**
 * A simplified national emblem (Quốc huy) for the top of a Giấy khen, drawn with vector paths:
 * a gold cog ring, a red disc, a gold five-pointed star, a gold cog at the bottom of the disc and
 * a thin gold ring. Drawn here from plain geometry, not copied from any image, so it is free to
 * use; it stands for the emblem in the layout of Nghị định 98/2023/NĐ-CP Điều 104 and is not the
 * official artwork (a province replacing the layout may print its official blank instead).
 */

type Doc = PDFKit.PDFDocument;

export const EMBLEM_RED = "#c8102e";
export const EMBLEM_GOLD = "#d4a017";

/** A closed polygon through `points`. */
function polygon(doc: Doc, points: [number, number][]) {
  doc.moveTo(...points[0]!);
  for (const p of points.slice(1)) doc.lineTo(...p);
  doc.closePath();
}

/** A cog: `teeth` teeth between radii `inner` and `outer`, centred on (cx, cy). */
function cog(doc: Doc, cx: number, cy: number, inner: number, outer: number, teeth: number) {
  const points: [number, number][] = [];
  const step = (2 * Math.PI) / teeth;
  for (let k = 0; k < teeth; k++) {
    const a = k * step - Math.PI / 2;
    for (const [da, r] of [
      [0, outer],
      [step * 0.4, outer],
      [step * 0.5, inner],
      [step * 0.9, inner],
    ] as const)
      points.push([cx + r * Math.cos(a + da), cy + r * Math.sin(a + da)]);
  }
  polygon(doc, points);
}

/** A five-pointed star of outer radius `r`, point up. */
function star(doc: Doc, cx: number, cy: number, r: number) {
  const points: [number, number][] = [];
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 === 0 ? r : r * 0.382;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    points.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  polygon(doc, points);
}

/** Draws the emblem centred on (cx, cy), `r` points in radius. */
export function drawEmblem(doc: Doc, cx: number, cy: number, r: number) {
  doc.save();
  cog(doc, cx, cy, r * 0.9, r, 28);
  doc.fillColor(EMBLEM_GOLD).fill();
  doc
    .circle(cx, cy, r * 0.8)
    .fillColor(EMBLEM_RED)
    .fill();
  star(doc, cx, cy - r * 0.12, r * 0.45);
  doc.fillColor(EMBLEM_GOLD).fill();
  // The cog at the foot of the disc, as on the emblem.
  cog(doc, cx, cy + r * 0.52, r * 0.14, r * 0.2, 10);
  doc.fillColor(EMBLEM_GOLD).fill();
  doc
    .circle(cx, cy, r * 0.74)
    .lineWidth(r * 0.03)
    .strokeColor(EMBLEM_GOLD)
    .stroke();
  doc.restore();
}
