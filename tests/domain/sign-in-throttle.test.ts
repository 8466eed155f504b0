import { describe, expect, it } from "vitest";
import {
  ACCOUNT_FREE_FAILURES,
  ADDRESS_FREE_FAILURES,
  MAX_DELAY_SECONDS,
  accountCountFrom,
  delayAfter,
  secondsToWait,
  throttledMessage,
} from "@/domain/auth/sign-in-throttle";

const now = new Date("2026-01-01T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("sign-in throttle (issue 14, point 8): a growing delay, never a lock", () => {
  it("lets the first failures through, then doubles the wait up to 15 minutes", () => {
    expect(ACCOUNT_FREE_FAILURES).toBe(5);
    expect([4, 5, 6, 7, 10].map((n) => delayAfter(n, ACCOUNT_FREE_FAILURES))).toEqual([0, 1, 2, 4, 32]);
    expect(delayAfter(40, ACCOUNT_FREE_FAILURES)).toBe(MAX_DELAY_SECONDS);
    expect(MAX_DELAY_SECONDS).toBe(900);
  });

  it("makes the next attempt wait from the last failure, and not once the delay has passed", () => {
    const account = { failures: 10, lastFailureAt: ago(2) }; // 32 s after the tenth failure
    expect(secondsToWait({ account, address: null, now })).toBe(30);
    expect(secondsToWait({ account: { failures: 10, lastFailureAt: ago(32) }, address: null, now })).toBe(0);
    expect(secondsToWait({ account: { failures: 4, lastFailureAt: ago(0) }, address: null, now })).toBe(0);
  });

  it("slows one address spraying many accounts, after more free failures than an account gets", () => {
    const account = { failures: 1, lastFailureAt: ago(0) };
    expect(ADDRESS_FREE_FAILURES).toBe(10);
    expect(secondsToWait({ account, address: { failures: 9, lastFailureAt: ago(0) }, now })).toBe(0);
    expect(secondsToWait({ account, address: { failures: 12, lastFailureAt: ago(0) }, now })).toBe(4);
  });

  it("counts an account's failures from the latest of its window, last success and release", () => {
    expect(accountCountFrom(now, [null, null]).toISOString()).toBe("2025-12-31T10:00:00.000Z");
    expect(accountCountFrom(now, [ago(60), ago(600)])).toEqual(ago(60));
  });

  it("says how long to wait", () => {
    expect(throttledMessage(45)).toContain("đợi 45 giây");
    expect(throttledMessage(900)).toContain("đợi 15 phút");
  });
});
