import { describe, expect, it } from "vitest";
import { clampSpan, columnTotals, countsByYear, percentOf, pivotByYear, yearsOf } from "@/domain/statistics/series";
import { perRound, summariseAwards } from "@/domain/statistics/awards";
import { lineOf, rollUpByUnit, type UnitNode } from "@/domain/statistics/units";
import { allocatedOf, registeredTitles, titleKey, titleLabel, titlesOfForms } from "@/domain/statistics/forms";
import { niceMax, share, ticksTo } from "@/domain/statistics/scale";

describe("years of a report", () => {
  it("puts the span in order and keeps at most ten years, the latest", () => {
    expect(clampSpan(2026, 2022)).toEqual({ from: 2022, to: 2026 });
    expect(clampSpan(2000, 2026)).toEqual({ from: 2017, to: 2026 });
    expect(yearsOf({ from: 2024, to: 2026 })).toEqual([2024, 2025, 2026]);
  });

  it("lays grouped counts out per year, adding groups of a year and leaving other years out", () => {
    const groups = [
      { year: 2024, count: 2 },
      { year: 2026, count: 1 },
      { year: 2026, count: 4 },
      { year: 2019, count: 9 },
    ];
    expect(countsByYear(groups, [2024, 2025, 2026])).toEqual([2, 0, 5]);
  });

  it("pivots by key, largest total first then alphabetically (Đ after D), with column totals", () => {
    const years = [2024, 2025];
    const rows = pivotByYear(
      [
        { year: 2024, key: "b", label: "Đoàn", count: 1 },
        { year: 2025, key: "a", label: "Dân", count: 1 },
        { year: 2024, key: "c", label: "Giấy khen", count: 3 },
        { year: 2025, key: "c", label: "Giấy khen", count: 1 },
      ],
      years,
    );
    expect(rows.map((r) => [r.label, r.counts, r.total])).toEqual([
      ["Giấy khen", [3, 1], 4],
      ["Dân", [0, 1], 1],
      ["Đoàn", [1, 0], 1],
    ]);
    expect(columnTotals(rows, years)).toEqual([4, 2]);
  });

  it("a fixed order keeps every line, zeros included", () => {
    const rows = pivotByYear(
      [{ year: 2025, key: "x", count: 2 }],
      [2025],
      [
        { key: "y", label: "Y" },
        { key: "x", label: "X" },
      ],
    );
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ["y", 0],
      ["x", 2],
    ]);
  });

  it("prints whole percents, and a dash when nothing was registered", () => {
    expect(percentOf(3, 4)).toBe("75%");
    expect(percentOf(1, 3)).toBe("33%");
    expect(percentOf(0, 0)).toBe("–");
  });
});

describe("awards summarised", () => {
  const counts = {
    titles: [
      { year: 2024, catalogueCode: "CSTD_CS", name: "Chiến sĩ thi đua cơ sở năm 2024", count: 3 },
      { year: 2025, catalogueCode: "CSTD_CS", name: "Chiến sĩ thi đua cơ sở", count: 2 },
      { year: 2025, catalogueCode: null, name: "Giấy khen", count: 5 },
    ],
    revoked: [{ year: 2025, count: 1 }],
    rounds: perRound([[{ year: 2024, count: 3 }], [{ year: 2025, count: 2 }], [], [{ year: 2025, count: 5 }]]),
  };

  it("counts a catalogue title under its catalogue name, whatever the plan called it", () => {
    const s = summariseAwards(counts, [2024, 2025]);
    expect(s.byYear).toEqual([
      { year: 2024, awarded: 3, revoked: 0 },
      { year: 2025, awarded: 7, revoked: 1 },
    ]);
    expect(s.total).toBe(10);
    expect(s.byTitle.map((r) => [r.key, r.label, r.counts])).toEqual([
      ["CSTD_CS", "Chiến sĩ thi đua cơ sở", [3, 2]],
      ["Giấy khen", "Giấy khen", [0, 5]],
    ]);
    expect(s.byRound.map((r) => r.total)).toEqual([3, 2, 0, 5]);
    expect(s.titleChoices).toEqual([
      { key: "CSTD_CS", label: "Chiến sĩ thi đua cơ sở" },
      { key: "Giấy khen", label: "Giấy khen" },
    ]);
  });

  it("with a title chosen, counts that title and still offers every title", () => {
    const s = summariseAwards(counts, [2024, 2025], "CSTD_CS");
    expect(s.byYear.map((y) => y.awarded)).toEqual([3, 2]);
    expect(s.byTitle.map((r) => r.key)).toEqual(["CSTD_CS"]);
    expect(s.titleChoices).toHaveLength(2);
  });
});

describe("awards per unit, rolled up", () => {
  const node = (id: string, path: string, name = id, ended = false): UnitNode => ({ id, name, path, ended });
  const district = node("d", "/p/d/", "Huyện");
  const c1 = node("c1", "/p/d/c1/", "Xã Một");
  const c2 = node("c2", "/p/d/c2/", "Xã Hai");
  const gone = node("c0", "/p/d/c0/", "Xã Cũ", true);
  const village = node("v", "/p/d/c1/v/", "Thôn");
  // Inherited: an old province with its commune, and a commune merged on its own.
  const oldProvince = node("op", "/op/", "Tỉnh Cũ");
  const oldCommune = node("oc", "/op/od/oc/", "Xã Cũ Hơn");

  it("adds a unit's tree under the unit directly below the one viewed", () => {
    expect(lineOf(village, district, new Set())).toBe("c1");
    expect(lineOf(district, district, new Set())).toBe("d");
    expect(lineOf(oldCommune, district, new Set(["op", "oc"]))).toBe("op");
    expect(lineOf(oldCommune, district, new Set(["oc"]))).toBe("oc");
  });

  it("lists the unit, the units below (zeros kept unless ended), then inherited history", () => {
    const lines = rollUpByUnit({
      selected: district,
      below: [c1, c2, gone],
      units: [district, c1, c2, gone, village, oldProvince, oldCommune],
      inheritedIds: new Set(["op", "oc"]),
      counts: [
        { unitId: "d", count: 1 },
        { unitId: "c1", count: 2 },
        { unitId: "v", count: 3 },
        { unitId: "oc", count: 4 },
      ],
    });
    expect(lines.map((l) => [l.name, l.place, l.count])).toEqual([
      ["Huyện", "self", 1],
      ["Xã Một", "below", 5],
      ["Xã Hai", "below", 0],
      ["Tỉnh Cũ", "inherited", 4],
    ]);
  });
});

describe("titles of plans' forms and registrations", () => {
  it("groups forms of one year by catalogue title, a unit's own forms by name", () => {
    const titles = titlesOfForms([
      { id: "f1", name: "CSTĐ cơ sở", catalogueCode: "CSTD_CS", recipientKind: "INDIVIDUAL", year: 2025 },
      { id: "f2", name: "Chiến sĩ thi đua cơ sở", catalogueCode: "CSTD_CS", recipientKind: "INDIVIDUAL", year: 2025 },
      { id: "f3", name: "Chiến sĩ thi đua cơ sở", catalogueCode: "CSTD_CS", recipientKind: "INDIVIDUAL", year: 2024 },
      { id: "f4", name: "Quà tặng", catalogueCode: null, recipientKind: "COLLECTIVE", year: 2025 },
    ]);
    expect(titles.map((t) => [t.year, t.key, t.label, t.formIds])).toEqual([
      [2024, "CSTD_CS", "Chiến sĩ thi đua cơ sở", ["f3"]],
      [2025, "CSTD_CS", "Chiến sĩ thi đua cơ sở", ["f1", "f2"]],
      [2025, "Quà tặng", "Quà tặng", ["f4"]],
    ]);
    expect(
      allocatedOf(
        titles[1]!,
        new Map([
          ["f1", 3],
          ["f2", 4],
          ["f3", 9],
        ]),
      ),
    ).toBe(7);
  });

  it("keeps the catalogue's codes of each year's registration, not the unit's own forms", () => {
    const titles = registeredTitles([
      { year: 2025, registrationItems: ["LDTT", "LOCAL:abc", "TTLDTT"] },
      { year: 2025, registrationItems: ["LDTT"] },
    ]);
    expect(titles.map((t) => t.code)).toEqual(["LDTT", "TTLDTT"]);
    const individual = registeredTitles([{ year: 2025, registrationItems: ["LDTT", "TTLDTT"] }], (t) =>
      t.kinds.includes("INDIVIDUAL"),
    );
    expect(individual.map((t) => t.code)).toEqual(["LDTT"]);
  });

  it("keys a title by its code, or by its name when it has none", () => {
    expect(titleKey("CSTD_CS", "x")).toBe("CSTD_CS");
    expect(titleKey(null, "Giấy khen")).toBe("Giấy khen");
    expect(titleLabel("LDTT")).toBe("Lao động tiên tiến");
  });
});

describe("chart scale", () => {
  it("rounds the axis up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 10, 12, 22, 430, 1000].map(niceMax)).toEqual([1, 1, 5, 10, 10, 20, 25, 500, 1000]);
    expect(ticksTo(20)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(ticksTo(2)).toEqual([0, 1, 2]);
    expect(share(5, 20)).toBe(25);
    expect(share(5, 0)).toBe(0);
  });
});
