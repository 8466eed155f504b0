import { describe, expect, it } from "vitest";
import { pageOf } from "@/lib/page-slice";

describe("pageOf", () => {
  it("gives the page asked for and its rows' bounds", () => {
    expect(pageOf(45, "2", 20)).toEqual({ page: 2, pages: 3, from: 20, to: 40 });
    expect(pageOf(45, "3", 20)).toEqual({ page: 3, pages: 3, from: 40, to: 60 });
  });

  it("clamps what a typed URL asks: nothing, text, zero, past the end, a fraction", () => {
    expect(pageOf(45, undefined, 20).page).toBe(1);
    expect(pageOf(45, "abc", 20).page).toBe(1);
    expect(pageOf(45, "0", 20).page).toBe(1);
    expect(pageOf(45, "99", 20).page).toBe(3);
    expect(pageOf(45, "2.7", 20).page).toBe(2);
  });

  it("no rows is one empty page", () => {
    expect(pageOf(0, "4", 20)).toEqual({ page: 1, pages: 1, from: 0, to: 20 });
  });
});
