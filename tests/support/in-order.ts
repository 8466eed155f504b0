import { expect } from "vitest";

/** The index of each of `needles` in `paragraphs` (a substring match), asserting they appear in that order. */
export function inOrder(paragraphs: string[], needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const i = paragraphs.findIndex((p, k) => k >= from && p.includes(n));
    expect(i, `"${n}" after paragraph ${from}`).toBeGreaterThanOrEqual(0);
    from = i + 1;
    return i;
  });
}
