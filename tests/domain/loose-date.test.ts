import { describe, expect, it } from "vitest";
import {
  formatLooseDate,
  looseFromStored,
  periodEnd,
  periodStart,
  precisionOf,
  readLooseDate,
} from "@/domain/plans/loose-date";

// Plans write a date by day, or only by month or year where they give no day ("tổng kết vào năm
// 2025", "hoàn thành trong tháng 12/2025"); Nghị định 30/2020/NĐ-CP, Phụ lục I, writes dates
// "ngày … tháng … năm …". A deadline given by a month or a year falls at the end of that period.

describe("readLooseDate", () => {
  it("reads a day as offices type it, and the stored form", () => {
    for (const t of ["15/12/2025", "15.12.2025", "15-12-2025", "15122025", "ngày 15/12/2025", "2025-12-15"]) {
      expect(readLooseDate(t)).toEqual({ loose: "2025-12-15" });
    }
    expect(readLooseDate("ngày 5 tháng 1 năm 2026")).toEqual({ loose: "2026-01-05" });
    expect(readLooseDate("5/1/2026")).toEqual({ loose: "2026-01-05" });
  });

  it("reads a month alone", () => {
    for (const t of ["12/2025", "tháng 12/2025", "Tháng 12/2025", "tháng 12 năm 2025", "2025-12", " tháng  12/2025 "]) {
      expect(readLooseDate(t)).toEqual({ loose: "2025-12" });
    }
    expect(readLooseDate("tháng 6/2026")).toEqual({ loose: "2026-06" });
  });

  it("reads a year alone", () => {
    expect(readLooseDate("2025")).toEqual({ loose: "2025" });
    expect(readLooseDate("năm 2025")).toEqual({ loose: "2025" });
    expect(readLooseDate("Năm 2030")).toEqual({ loose: "2030" });
  });

  it("tells a malformed text from a day, month or year that does not exist", () => {
    expect(readLooseDate("cuối năm")).toEqual({ problem: "format" });
    expect(readLooseDate("")).toEqual({ problem: "format" });
    expect(readLooseDate("2025/12/15")).toEqual({ problem: "format" });
    expect(readLooseDate("31/02/2025")).toEqual({ problem: "no-such-day" });
    expect(readLooseDate("29/02/2025")).toEqual({ problem: "no-such-day" });
    expect(readLooseDate("29/02/2024")).toEqual({ loose: "2024-02-29" });
    expect(readLooseDate("13/2025")).toEqual({ problem: "no-such-day" });
    expect(readLooseDate("0/2025")).toEqual({ problem: "no-such-day" });
    expect(readLooseDate("0999")).toEqual({ problem: "no-such-day" });
  });
});

describe("a loose date's period", () => {
  it("a deadline by month falls on the month's last day, leap years included", () => {
    expect(periodEnd("2025-12")).toBe("2025-12-31");
    expect(periodEnd("2025-11")).toBe("2025-11-30");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2025-02")).toBe("2025-02-28");
  });

  it("a deadline by year falls on 31/12; a day is itself", () => {
    expect(periodEnd("2025")).toBe("2025-12-31");
    expect(periodEnd("2025-06-15")).toBe("2025-06-15");
  });

  it("starts on the period's first day", () => {
    expect(periodStart("2025")).toBe("2025-01-01");
    expect(periodStart("2025-12")).toBe("2025-12-01");
    expect(periodStart("2025-06-15")).toBe("2025-06-15");
  });

  it("keeps its precision through storage (last day + precision) and back", () => {
    for (const loose of ["2025", "2024-02", "2025-12-15"]) {
      expect(looseFromStored(periodEnd(loose), precisionOf(loose))).toBe(loose);
    }
    expect(precisionOf("2025")).toBe("YEAR");
    expect(precisionOf("2025-12")).toBe("MONTH");
    expect(precisionOf("2025-12-15")).toBe("DAY");
  });
});

describe("formatLooseDate", () => {
  it("shows the date as the plan writes it", () => {
    expect(formatLooseDate("2025-12-15")).toBe("15/12/2025");
    expect(formatLooseDate("2025-12-15", { withDay: true })).toBe("ngày 15/12/2025");
    expect(formatLooseDate("2025-12")).toBe("tháng 12/2025");
    expect(formatLooseDate("2025-12", { withDay: true })).toBe("tháng 12/2025");
    expect(formatLooseDate("2025")).toBe("năm 2025");
  });

  it("what it shows reads back as the same date", () => {
    for (const loose of ["2025", "2025-03", "2025-03-09"]) {
      expect(readLooseDate(formatLooseDate(loose))).toEqual({ loose });
      expect(readLooseDate(formatLooseDate(loose, { withDay: true }))).toEqual({ loose });
    }
  });
});
