import { describe, expect, it } from "vitest";
import { formatViDate, formatViDateTime, readDay, slashDayAsTyped } from "@/lib/dates";
import { ZDay } from "@/schemas/dates";

describe("days typed the Vietnamese way, whatever the browser's language", () => {
  it("reads dd/mm/yyyy (the day first), short forms, eight digits and yyyy-mm-dd", () => {
    expect(readDay("01/12/2026")).toEqual({ iso: "2026-12-01" });
    expect(readDay(" 1/2/2025 ")).toEqual({ iso: "2025-02-01" });
    expect(readDay("05.03.2024")).toEqual({ iso: "2024-03-05" });
    expect(readDay("05-03-2024")).toEqual({ iso: "2024-03-05" });
    expect(readDay("01122026")).toEqual({ iso: "2026-12-01" });
    expect(readDay("2026-12-01")).toEqual({ iso: "2026-12-01" });
  });

  it("refuses what is no date, and days that do not exist", () => {
    for (const bad of ["", "12/2026", "2026/12/01", "1/1/26", "ngày mai", "2026-1-1"])
      expect(readDay(bad), bad).toEqual({ problem: "format" });
    for (const missing of ["31/02/2025", "29/02/2025", "00/01/2025", "01/13/2025", "2025-02-30"])
      expect(readDay(missing), missing).toEqual({ problem: "no-such-day" });
    expect(readDay("29/02/2024")).toEqual({ iso: "2024-02-29" });
  });

  it("is the forms' primitive: yyyy-mm-dd out, a message for each problem", () => {
    expect(ZDay.parse("15/01/2025")).toBe("2025-01-15");
    expect(ZDay.safeParse("").error?.issues[0]?.message).toBe("Nhập ngày.");
    expect(ZDay.safeParse("15/1").error?.issues[0]?.message).toBe("Ngày không hợp lệ (dd/mm/yyyy).");
    expect(ZDay.safeParse("31/04/2025").error?.issues[0]?.message).toBe("Ngày không tồn tại.");
    expect(ZDay.safeParse(20250115).success).toBe(false);
  });
});

describe("the slashes a phone's number pad lacks, put in while a day is typed", () => {
  it("adds '/' after the day and the month as digits come, and reads eight digits at once", () => {
    const typed = [..."01121990"].reduce<string[]>((shown, key) => {
      shown.push(slashDayAsTyped((shown.at(-1) ?? "") + key));
      return shown;
    }, []);
    expect(typed).toEqual(["0", "01/", "01/1", "01/12/", "01/12/1", "01/12/19", "01/12/199", "01/12/1990"]);
    expect(slashDayAsTyped("01121990")).toBe("01/12/1990");
    expect(readDay(typed.at(-1)!)).toEqual({ iso: "1990-12-01" });
  });

  it("gives the same text when the slashes are typed too, and leaves other forms as typed", () => {
    expect(slashDayAsTyped("01//")).toBe("01/");
    expect(slashDayAsTyped("01/12//")).toBe("01/12/");
    expect(slashDayAsTyped("1/12")).toBe("1/12/");
    expect(slashDayAsTyped("1/12//")).toBe("1/12/");
    for (const kept of ["1", "1/", "1/2/2025", "05.03", "05.03.2024", "2026-12-01", "011219901", "ngày"])
      expect(slashDayAsTyped(kept), kept).toBe(kept);
  });
});

describe("dates and moments shown", () => {
  it("prints a day dd/mm/yyyy and a moment 'HH:mm ngày dd/mm/yyyy' in Vietnam's time", () => {
    expect(formatViDate("2026-12-01")).toBe("01/12/2026");
    expect(formatViDateTime(new Date("2026-12-01T04:03:29Z"))).toBe("11:03 ngày 01/12/2026");
    // 23:30 UTC is already the next morning in Vietnam; midnight is 00, not 24.
    expect(formatViDateTime("2026-11-30T17:00:00Z")).toBe("00:00 ngày 01/12/2026");
  });
});
