import { describe, expect, it } from "vitest";
import { currentLink } from "@/lib/current-link";

const MENU = ["/", "/ke-hoach", "/de-nghi", "/de-nghi/tham-dinh", "/thong-bao/thu-di", "/nhan-su"];

describe("the current menu entry", () => {
  it("is the entry of the page or of the section it is in", () => {
    expect(currentLink("/", MENU)).toBe("/");
    expect(currentLink("/ke-hoach", MENU)).toBe("/ke-hoach");
    expect(currentLink("/ke-hoach/abc123/dang-ky", MENU)).toBe("/ke-hoach");
    expect(currentLink("/nhan-su/abc/qua-trinh-khen-thuong", MENU)).toBe("/nhan-su");
  });

  it("prefers the longest entry, so a sub-page with its own entry is not its parent's", () => {
    expect(currentLink("/de-nghi/tham-dinh", MENU)).toBe("/de-nghi/tham-dinh");
    expect(currentLink("/de-nghi/tham-dinh/xyz", MENU)).toBe("/de-nghi/tham-dinh");
    expect(currentLink("/de-nghi/xyz", MENU)).toBe("/de-nghi");
  });

  it("matches whole segments only, and Tổng quan only on itself", () => {
    expect(currentLink("/ke-hoach-cu", MENU)).toBeNull();
    expect(currentLink("/tim-kiem", MENU)).toBeNull();
    expect(currentLink("/thong-bao", MENU)).toBeNull();
    expect(currentLink("/thong-bao/thu-di", MENU)).toBe("/thong-bao/thu-di");
  });
});
