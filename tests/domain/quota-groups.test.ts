import { describe, expect, it } from "vitest";
import {
  allocationTallies,
  groupFitProblems,
  planGroupPlaces,
  proposerGroupPlaces,
  tallies,
} from "@/domain/quotas/groups";

/**
 * Sub-quotas at every gate (issue 12 point 2). The plan's text: "03 tập thể, trong đó 01 ban, phòng,
 * ngành và 02 xã, phường" — the split is the plan's own (no article of legal-facts.md sets one).
 */
const form = {
  quota: 3,
  subQuotas: [
    { category: "Ban, phòng, ngành", quota: 1 },
    { category: "Xã, phường", quota: 2 },
  ],
};
const messages = (ps: { message: string }[]) => ps.map((p) => p.message);

describe("the plan's places by group", () => {
  it("has each group's number and nothing outside the groups when they add up to the total", () => {
    expect(planGroupPlaces(form)).toEqual([
      { category: "Ban, phòng, ngành", label: "Ban, phòng, ngành", places: 1 },
      { category: "Xã, phường", label: "Xã, phường", places: 2 },
      { category: "", label: "Ngoài các nhóm", places: 0 },
    ]);
  });
  it("leaves the rest of the total outside the groups", () => {
    expect(planGroupPlaces({ quota: 5, subQuotas: form.subQuotas }).at(-1)).toEqual({
      category: "",
      label: "Ngoài các nhóm",
      places: 2,
    });
  });
  it("has no groups for an unsplit form or one without a number", () => {
    expect(planGroupPlaces({ quota: 3, subQuotas: [] })).toEqual([]);
    expect(planGroupPlaces({ quota: null, subQuotas: form.subQuotas })).toEqual([]);
  });
});

describe("a proposer's places by group", () => {
  const allocations = [
    { unitId: "xa-a", category: "Xã, phường", quantity: 1 },
    { unitId: "xa-b", category: "Xã, phường", quantity: 1 },
  ];
  it("is what a lower unit was allocated, and nothing where it was allocated nothing", () => {
    const places = proposerGroupPlaces(form, allocations, { unitId: "xa-a", issuesThePlan: false });
    expect(places.map((p) => [p.category, p.places])).toEqual([
      ["Ban, phòng, ngành", 0],
      ["Xã, phường", 1],
      ["", 0],
    ]);
  });
  it("is, for the issuing unit, what it has not given away in each group", () => {
    const places = proposerGroupPlaces(form, allocations, { unitId: "huyen", issuesThePlan: true });
    expect(places.map((p) => [p.category, p.places])).toEqual([
      ["Ban, phòng, ngành", 1],
      ["Xã, phường", 0],
      ["", 0],
    ]);
  });
  it("is the issuing unit's own allocation where it allocated itself some", () => {
    const places = proposerGroupPlaces(
      form,
      [...allocations, { unitId: "huyen", category: "Xã, phường", quantity: 0 }],
      { unitId: "huyen", issuesThePlan: true },
    );
    expect(places.find((p) => p.category === "Xã, phường")!.places).toBe(0);
  });
});

describe("does a set of nominees fit the groups", () => {
  const plan = planGroupPlaces(form);
  it("refuses the issuing unit's two departments in the one department place, naming the group", () => {
    const mine = proposerGroupPlaces(form, [], { unitId: "huyen", issuesThePlan: true });
    expect(
      messages(
        groupFitProblems(mine, tallies(new Map(), ["Ban, phòng, ngành", "Ban, phòng, ngành"]), "SUBMIT", "UNIT"),
      ),
    ).toEqual(["Nhóm «Ban, phòng, ngành» còn 1/1 chỉ tiêu của đơn vị; tờ trình này có 2."]);
  });
  it("tells a unit it holds no place in a group, or that its places there are used", () => {
    const commune = proposerGroupPlaces(form, [{ unitId: "xa-a", category: "Xã, phường", quantity: 1 }], {
      unitId: "xa-a",
      issuesThePlan: false,
    });
    expect(messages(groupFitProblems(commune, tallies(new Map(), ["Ban, phòng, ngành"]), "SUBMIT", "UNIT"))).toEqual([
      "Nhóm «Ban, phòng, ngành»: đơn vị không được phân bổ chỉ tiêu nào; tờ trình này có 1.",
    ]);
    expect(
      messages(groupFitProblems(commune, tallies(new Map([["Xã, phường", 1]]), ["Xã, phường"]), "SUBMIT", "UNIT")),
    ).toEqual(["Nhóm «Xã, phường» đã đủ 1/1 chỉ tiêu của đơn vị; tờ trình này có 1."]);
  });
  it("says a full group is full", () => {
    expect(
      messages(groupFitProblems(plan, tallies(new Map([["Ban, phòng, ngành", 1]]), ["Ban, phòng, ngành"]), "ACCEPT")),
    ).toEqual(["Nhóm «Ban, phòng, ngành» đã đủ 1/1 chỉ tiêu; tờ trình này có 1."]);
    expect(messages(groupFitProblems(plan, tallies(new Map([["Xã, phường", 2]]), ["Xã, phường"]), "APPROVE"))).toEqual([
      "Nhóm «Xã, phường» đã đủ 2/2 chỉ tiêu; phê duyệt thêm 1.",
    ]);
    expect(
      messages(groupFitProblems(plan, tallies(new Map([["Xã, phường", 1]]), ["Xã, phường", "Xã, phường"]), "DECIDE")),
    ).toEqual(["Nhóm «Xã, phường» còn 1/2 chỉ tiêu; quyết định này có 2."]);
  });
  it("lets the commune in after one department and one commune", () => {
    const counted = new Map([
      ["Ban, phòng, ngành", 1],
      ["Xã, phường", 1],
    ]);
    expect(groupFitProblems(plan, tallies(counted, ["Xã, phường"]), "ACCEPT")).toEqual([]);
  });
  it("refuses a nominee of no group when the groups take the whole number, and a group the plan does not name", () => {
    expect(messages(groupFitProblems(plan, tallies(new Map(), [""]), "SUBMIT"))).toEqual([
      "Chỉ tiêu của hình thức này chia theo nhóm («Ban, phòng, ngành», «Xã, phường»): mỗi người, tập thể phải thuộc một nhóm.",
    ]);
    expect(messages(groupFitProblems(plan, tallies(new Map(), ["Khác"]), "SUBMIT"))).toEqual([
      "Nhóm «Khác» không có trong kế hoạch.",
    ]);
  });
  it("lets a nominee of no group in where the plan leaves places outside the groups", () => {
    const places = planGroupPlaces({ quota: 4, subQuotas: form.subQuotas });
    expect(groupFitProblems(places, tallies(new Map(), [""]), "SUBMIT")).toEqual([]);
    expect(messages(groupFitProblems(places, tallies(new Map([["", 1]]), [""]), "ACCEPT"))).toEqual([
      "Nhóm «Ngoài các nhóm» đã đủ 1/1 chỉ tiêu; tờ trình này có 1.",
    ]);
  });
  it("has nothing to say of an unsplit form", () => {
    expect(groupFitProblems([], tallies(new Map(), ["", ""]), "ACCEPT")).toEqual([]);
  });
});

describe("allocation holds the groups too", () => {
  const plan = planGroupPlaces(form);
  it("counts the places a unit already filed beyond its allocation", () => {
    // The issuing unit filed its department unallocated; the department place cannot go to a commune too.
    const held = allocationTallies(
      [{ unitId: "xa-a", category: "Ban, phòng, ngành", quantity: 1 }],
      [{ unitId: "huyen", category: "Ban, phòng, ngành", count: 1 }],
    );
    expect(messages(groupFitProblems(plan, held, "ALLOCATE"))).toEqual([
      "Nhóm «Ban, phòng, ngành» có 1 chỉ tiêu; phân bổ và đã đề nghị 2.",
    ]);
  });
  it("counts a unit's allocation or its filings, whichever is more, once", () => {
    const held = allocationTallies(
      [
        { unitId: "xa-a", category: "Xã, phường", quantity: 1 },
        { unitId: "xa-b", category: "Xã, phường", quantity: 1 },
      ],
      [{ unitId: "xa-a", category: "Xã, phường", count: 1 }],
    );
    expect(held).toEqual([{ category: "Xã, phường", counted: 0, adding: 2 }]);
    expect(groupFitProblems(plan, held, "ALLOCATE")).toEqual([]);
  });
  it("refuses places allocated outside the groups when the groups take the whole number", () => {
    const held = allocationTallies([{ unitId: "xa-a", category: "", quantity: 1 }], []);
    expect(groupFitProblems(plan, held, "ALLOCATE")).toHaveLength(1);
  });
});
