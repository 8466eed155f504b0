import { describe, expect, it } from "vitest";
import { dayBefore, resolveSuccession, summariseSuccession, type UnitRef } from "@/domain/units/succession-links";
import { diffUnitList, unitsAfterList, validToAfterList, type StoredUnit } from "@/domain/units/list-preview";
import type { SuccessionRow } from "@/domain/units/succession-csv";

const row = (line: number, oldCode: string, newCode: string, effectiveOn = "2025-07-01"): SuccessionRow => ({
  line,
  oldCode,
  newCode,
  effectiveOn,
  resolution: "1666/NQ-UBTVQH15",
});
const unit = (key: string, code: string, name: string, validFrom: string | null, validTo: string | null): UnitRef => ({
  key,
  code,
  name,
  validFrom,
  validTo,
});

// Văn Lâm (Hưng Yên) before and after 1/7/2025: Đình Dù is split; Như Quỳnh takes Đình Dù's code 12004.
const UNITS = [
  unit("dinhdu", "12004", "Xã Đình Dù", null, "2025-06-30"),
  unit("nhuquynh-cu", "11986", "Thị trấn Như Quỳnh", null, null),
  unit("daidong-cu", "11995", "Xã Đại Đồng", null, "2025-06-30"),
  unit("nhuquynh", "12004", "Xã Như Quỳnh", "2025-07-01", null),
  unit("daidong", "11995", "Xã Đại Đồng", "2025-07-01", null),
];

describe("resolveSuccession", () => {
  it("names the old unit by the day before and the new one by the effective day, so a kept code is no loop", () => {
    const { links, errors } = resolveSuccession(
      [row(2, "12004", "12004"), row(3, "12004", "11995"), row(4, "11986", "12004"), row(5, "11995", "11995")],
      UNITS,
      [],
    );
    expect(errors).toEqual([]);
    expect(links.map((l) => `${l.predecessor.key}>${l.successor.key}`)).toEqual([
      "dinhdu>nhuquynh",
      "dinhdu>daidong",
      "nhuquynh-cu>nhuquynh",
      "daidong-cu>daidong",
    ]);
    expect(links.every((l) => l.status === "new")).toBe(true);
  });

  it("refuses a code that names no unit on the day, in the file or the database", () => {
    const { links, errors } = resolveSuccession(
      [row(2, "99999", "12004"), row(3, "12004", "12004", "2024-01-01")],
      UNITS,
      [],
    );
    expect(links).toEqual([]);
    expect(errors[0]).toMatchObject({ line: 2 });
    expect(errors[0]!.message).toContain("Không có đơn vị mã 99999 còn hiệu lực ngày 30/06/2025");
    expect(errors[1]!.message).toContain("Không có đơn vị kế thừa mã 12004 có hiệu lực từ ngày 01/01/2024");
  });

  it("refuses a row that closes a loop with the links already recorded", () => {
    const units = [unit("a", "00001", "Xã A", null, null), unit("b", "00002", "Xã B", null, null)];
    const stored = [{ predecessorKey: "a", successorKey: "b", effectiveOn: "2026-01-01", resolution: "1/NQ-X" }];
    const { links, errors } = resolveSuccession([row(7, "00002", "00001", "2026-05-01")], units, stored);
    expect(links).toEqual([]);
    expect(errors).toEqual([
      { line: 7, message: "Tạo thành vòng lặp kế thừa: Xã B (00002) → Xã A (00001) → Xã B (00002)." },
    ]);
  });

  it("marks links recorded exactly so as unchanged, and a new date or resolution as changed", () => {
    const stored = [
      { predecessorKey: "dinhdu", successorKey: "nhuquynh", effectiveOn: "2025-07-01", resolution: "1666/NQ-UBTVQH15" },
      { predecessorKey: "dinhdu", successorKey: "daidong", effectiveOn: "2025-07-01", resolution: "" },
    ];
    const { links } = resolveSuccession([row(2, "12004", "12004"), row(3, "12004", "11995")], UNITS, stored);
    expect(links.map((l) => l.status)).toEqual(["unchanged", "changed"]);
  });
});

describe("summariseSuccession", () => {
  it("sorts links into mergers, splits and one-to-one successions, with the units that end", () => {
    const { links } = resolveSuccession(
      [row(2, "12004", "12004"), row(3, "12004", "11995"), row(4, "11986", "12004"), row(5, "11995", "11995")],
      UNITS,
      [],
    );
    const summary = summariseSuccession(links);
    expect(summary.split).toEqual([
      {
        predecessor: { code: "12004", name: "Xã Đình Dù" },
        successors: [
          { code: "12004", name: "Xã Như Quỳnh" },
          { code: "11995", name: "Xã Đại Đồng" },
        ],
        effectiveOn: "2025-07-01",
        resolution: "1666/NQ-UBTVQH15",
      },
    ]);
    expect(summary.merged.map((m) => [m.successor.name, m.predecessors.map((p) => p.name)])).toEqual([
      ["Xã Như Quỳnh", ["Xã Đình Dù", "Thị trấn Như Quỳnh"]],
      ["Xã Đại Đồng", ["Xã Đình Dù", "Xã Đại Đồng"]],
    ]);
    expect(summary.succeeded).toEqual([]);
    // Only Thị trấn Như Quỳnh had no end yet.
    expect(summary.ended).toEqual([{ code: "11986", name: "Thị trấn Như Quỳnh", validTo: "2025-06-30" }]);
  });

  it("counts the day before the effective date as the last day", () => {
    expect(dayBefore("2025-07-01")).toBe("2025-06-30");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
  });
});

describe("the national list's preview", () => {
  const stored: StoredUnit[] = [
    {
      id: "p",
      code: "37",
      name: "Tỉnh Ninh Bình",
      kind: "TINH",
      parentCode: null,
      validFrom: "2025-07-01",
      validTo: null,
    },
    { id: "x", code: "14026", name: "Xã Cổ Le", kind: "XA", parentCode: "37", validFrom: "2025-07-01", validTo: null },
    {
      id: "old",
      code: "14026",
      name: "Thị trấn Cổ Lễ",
      kind: "THI_TRAN",
      parentCode: "363",
      validFrom: null,
      validTo: null,
    },
  ];
  const incoming = [
    {
      code: "37",
      name: "Tỉnh Ninh Bình",
      kind: "TINH" as const,
      parentCode: null,
      validFrom: "2025-07-01",
      validTo: null,
    },
    { code: "14026", name: "Xã Cổ Lễ", kind: "XA" as const, parentCode: "37", validFrom: "2025-07-01", validTo: null },
    {
      code: "14032",
      name: "Xã Trực Đại",
      kind: "XA" as const,
      parentCode: "37",
      validFrom: "2025-07-01",
      validTo: null,
    },
    {
      code: "14026",
      name: "Thị trấn Cổ Lễ",
      kind: "THI_TRAN" as const,
      parentCode: "363",
      validFrom: null,
      validTo: "2025-06-30",
    },
  ];

  it("tells added, renamed and ended units from unchanged ones, by code and era", () => {
    expect(diffUnitList(incoming, stored)).toEqual({
      added: [{ code: "14032", name: "Xã Trực Đại" }],
      renamed: [{ code: "14026", from: "Xã Cổ Le", to: "Xã Cổ Lễ" }],
      moved: [],
      ended: [{ code: "14026", name: "Thị trấn Cổ Lễ", validTo: "2025-06-30" }],
      unchanged: 1,
    });
    expect(
      diffUnitList(
        incoming,
        stored.map((u) => ({ ...u, parentCode: u.id === "x" ? "36" : u.parentCode })),
      ).moved,
    ).toEqual([{ code: "14026", name: "Xã Cổ Lễ", fromParent: "36", toParent: "37" }]);
  });

  it("keeps an end a list does not state, and gives new units a placeholder key", () => {
    expect(validToAfterList({ validTo: null }, { validTo: "2026-04-29" })).toBe("2026-04-29");
    const after = unitsAfterList(incoming, stored);
    expect(after.find((u) => u.code === "14032")?.key).toBe("moi:14032@2025-07-01");
    expect(after.find((u) => u.key === "old")?.validTo).toBe("2025-06-30");
  });
});
