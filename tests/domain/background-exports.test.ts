/** When an export leaves the request for the worker, how long it is kept, and its dedupe key (issue 15). */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_BACKGROUND_EXPORT_ROWS,
  EXPORT_KEEP_DAYS,
  exportExpiry,
  exportKey,
  formatFileSize,
  madeInBackground,
} from "@/domain/exports/background";

describe("background exports", () => {
  it("goes to the worker only above the threshold", () => {
    expect(DEFAULT_BACKGROUND_EXPORT_ROWS).toBe(5_000);
    expect(madeInBackground(5_000, 5_000)).toBe(false);
    expect(madeInBackground(5_001, 5_000)).toBe(true);
    expect(madeInBackground(0, 0)).toBe(false);
  });

  it("keeps a file seven days from when it was made", () => {
    expect(EXPORT_KEEP_DAYS).toBe(7);
    expect(exportExpiry(new Date("2026-12-01T10:00:00Z")).toISOString()).toBe("2026-12-08T10:00:00.000Z");
  });

  it("keys a request by kind and filters, whatever their order, unset filters left out", () => {
    const a = exportKey("AWARD_HISTORY", { q: "nguyen", year: 2024, round: undefined });
    expect(a).toBe('AWARD_HISTORY:{"q":"nguyen","year":2024}');
    expect(exportKey("AWARD_HISTORY", { year: 2024, q: "nguyen" })).toBe(a);
    expect(exportKey("AWARD_HISTORY", { q: "nguyen" })).not.toBe(a);
    expect(exportKey("REGISTRATION_SUMMARY", { q: "nguyen", year: 2024 })).not.toBe(a);
  });

  it("writes sizes as people read them, with a decimal comma", () => {
    expect(formatFileSize(900)).toBe("900 B");
    expect(formatFileSize(870_000)).toBe("850 KB");
    expect(formatFileSize(1_258_291)).toBe("1,2 MB");
  });
});
