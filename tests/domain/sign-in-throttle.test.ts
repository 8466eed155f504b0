import { describe, expect, it } from "vitest";
import { MAX_FAILURES, WINDOW_MINUTES, isThrottled, windowStart } from "@/domain/auth/sign-in-throttle";

describe("sign-in throttle (issue 2: 10 failures per account or address in 15 minutes)", () => {
  it("allows up to 9 failures and refuses from the 10th", () => {
    expect(MAX_FAILURES).toBe(10);
    expect(isThrottled({ failuresForAccount: 9, failuresForAddress: 9 })).toBe(false);
    expect(isThrottled({ failuresForAccount: 10, failuresForAddress: 0 })).toBe(true);
    expect(isThrottled({ failuresForAccount: 0, failuresForAddress: 10 })).toBe(true);
  });
  it("ignores the address when it is unknown", () => {
    expect(isThrottled({ failuresForAccount: 3, failuresForAddress: null })).toBe(false);
  });
  it("counts a 15-minute window", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(WINDOW_MINUTES).toBe(15);
    expect(windowStart(now).toISOString()).toBe("2026-01-01T09:45:00.000Z");
  });
});
