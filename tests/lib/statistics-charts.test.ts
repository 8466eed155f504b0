import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/charts/bar-chart";
import { LineChart } from "@/components/charts/line-chart";

/**
 * The charts are SVG drawn on the server: one image with its description, numbers printed beside
 * bars and points, widths in percent (they fit a 390 px phone without shrinking their text), and
 * the longest bar leaving room for its number.
 */
describe("server-drawn charts", () => {
  it("bars: one group per line, a bar per series, the longest at most 82% wide", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        description: "Số khen thưởng theo đơn vị",
        series: [{ name: "Chỉ tiêu" }, { name: "Đề nghị" }],
        lines: [
          { label: "Xã Một", values: [10, 4] },
          { label: "Xã Hai", values: [1234, 0] },
        ],
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Số khen thưởng theo đơn vị"');
    expect(html.match(/<rect /g)).toHaveLength(4);
    expect(html).toContain(">1.234<");
    const widths = [...html.matchAll(/<rect[^>]*width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(Math.max(...widths)).toBeLessThanOrEqual(82);
    expect(Math.max(...widths)).toBeGreaterThan(40);
    // Two series: a legend names them (hidden from screen readers: the table has the figures).
    expect(html).toContain("Chỉ tiêu");
    expect(html).toContain('aria-hidden="true"');
  });

  it("draws nothing for no lines", () => {
    expect(
      renderToStaticMarkup(createElement(BarChart, { description: "x", series: [{ name: "a" }], lines: [] })),
    ).toBe("");
  });

  it("lines: a point per year, segments between, the first series' numbers printed, a year axis", () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        description: "Khen thưởng theo năm",
        series: [{ name: "Khen thưởng" }, { name: "Đã thu hồi" }],
        years: [2024, 2025, 2026],
        values: [
          [3, 7, 5],
          [0, 1, 0],
        ],
      }),
    );
    expect(html.match(/<circle /g)).toHaveLength(6);
    expect(html).toContain(">2025<");
    expect(html).toContain(">7<");
    expect(html).toMatch(/x1="8%"/);
    expect(html).toMatch(/x2="94%"/);
  });

  it("a single year sits in the middle", () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, { description: "x", series: [{ name: "a" }], years: [2026], values: [[2]] }),
    );
    expect(html).toContain('cx="51%"');
  });
});
