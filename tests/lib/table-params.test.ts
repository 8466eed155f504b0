import { describe, expect, it } from "vitest";
import { normalizeQuery, parseTableParams, toSkipTake } from "@/lib/table-params";

const SORT_KEYS = ["ten", "ngaySinh", "donVi"] as const;
const opts = { sortKeys: SORT_KEYS, defaultSort: "ten" } as const;

describe("parseTableParams", () => {
  it("returns defaults for an empty URL", () => {
    expect(parseTableParams({}, opts)).toEqual({ page: 1, pageSize: 20, sort: "ten", dir: "asc", q: "" });
  });

  it("reads the Vietnamese keys", () => {
    const params = parseTableParams(
      { trang: "3", "so-dong": "50", "sap-xep": "ngaySinh", chieu: "desc", q: "Nguyễn" },
      opts,
    );
    expect(params).toEqual({ page: 3, pageSize: 50, sort: "ngaySinh", dir: "desc", q: "Nguyễn" });
  });

  it("falls back per field on invalid values, never throwing", () => {
    const params = parseTableParams({ trang: "0", "so-dong": "7", "sap-xep": "matKhau", chieu: "len", q: "an" }, opts);
    expect(params).toEqual({ page: 1, pageSize: 20, sort: "ten", dir: "asc", q: "an" });
    expect(parseTableParams({ trang: "-2" }, opts).page).toBe(1);
    expect(parseTableParams({ trang: "abc" }, opts).page).toBe(1);
    expect(parseTableParams({ trang: "1.5" }, opts).page).toBe(1);
    expect(parseTableParams({ trang: "" }, opts).page).toBe(1);
    expect(parseTableParams({ trang: "999999999" }, opts).page).toBe(1);
  });

  it("does not accept inherited property names as sort keys", () => {
    expect(parseTableParams({ "sap-xep": "toString" }, opts).sort).toBe("ten");
  });

  it("takes the first value of a repeated key", () => {
    expect(parseTableParams({ trang: ["2", "5"], q: ["a", "b"] }, opts)).toMatchObject({ page: 2, q: "a" });
  });

  it("honours custom defaults and page sizes", () => {
    const custom = { ...opts, defaultDir: "desc", pageSizes: [25, 75], defaultPageSize: 75 } as const;
    expect(parseTableParams({}, custom)).toMatchObject({ dir: "desc", pageSize: 75 });
    expect(parseTableParams({ "so-dong": "25" }, custom).pageSize).toBe(25);
    expect(parseTableParams({ "so-dong": "20" }, custom).pageSize).toBe(75);
    expect(parseTableParams({}, { ...opts, pageSizes: [15, 30] }).pageSize).toBe(15);
  });

  it("trims, tidies and caps the search text at 100 characters", () => {
    expect(parseTableParams({ q: "  Trần   Thị  " }, opts).q).toBe("Trần Thị");
    expect(parseTableParams({ q: "x".repeat(150) }, opts).q).toHaveLength(100);
    expect(parseTableParams({ q: "   " }, opts).q).toBe("");
  });
});

describe("normalizeQuery", () => {
  it("composes decomposed accents (NFD → NFC)", () => {
    expect(normalizeQuery("Nguyễn".normalize("NFD"))).toBe("Nguyễn".normalize("NFC"));
  });
});

describe("toSkipTake", () => {
  it("turns a 1-based page into an offset", () => {
    expect(toSkipTake({ page: 3, pageSize: 20 })).toEqual({ skip: 40, take: 20 });
  });
});
