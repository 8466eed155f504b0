import { describe, expect, it } from "vitest";
import {
  deadlineInYear,
  openRound,
  parseDayMonth,
  registrationDeadlineIn,
  registrationDeadlineOf,
  registrationYearFor,
  registrationYears,
  roundChoice,
  roundForKey,
  roundsOf,
} from "@/domain/plans/rounds";
import { approvedTotals, registrationBasis } from "@/domain/registration/aggregate";

// The law sets no schedule of award rounds: the plan that launches a campaign does (Luật Thi đua,
// khen thưởng 2022 leaves it to the plan; domain.md "sơ kết / tổng kết"). These tests read plans as
// offices write them: "mỗi năm 03 tập thể, 03 cá nhân", "trước ngày 15/12 hằng năm".

const tenYears = {
  periodFrom: "2021-01-01",
  periodTo: "2030-12-31",
  dossierDeadline: "2021-12-15",
  phases: [
    { name: "Sơ kết giai đoạn 2021–2025", reviewDate: "2025-11-20" },
    { name: "Tổng kết giai đoạn 2021–2030", reviewDate: "2030-11-20" },
  ],
};

describe("roundsOf", () => {
  it("gives a form given once one round over the plan, due by the plan's dossier deadline", () => {
    const [r, ...rest] = roundsOf({ recurrence: "ONCE", phase: "", quota: 3 }, { ...tenYears, phases: [] });
    expect(rest).toEqual([]);
    expect(r).toMatchObject({
      key: "ONCE",
      label: "2021–2030",
      year: null,
      periodFrom: "2021-01-01",
      periodTo: "2030-12-31",
      dossierDeadline: "2021-12-15",
      quota: 3,
    });
    const annual = roundsOf(
      { recurrence: "ONCE", phase: "" },
      { periodFrom: "2024-01-01", periodTo: "2024-12-31", phases: [] },
    );
    expect(annual[0]).toMatchObject({ label: "Năm 2024", year: 2024, quota: null, dossierDeadline: null });
  });

  it("names a once-only form given at one review after that review", () => {
    const [r] = roundsOf({ recurrence: "ONCE", phase: "Sơ kết giai đoạn 2021–2025" }, tenYears);
    expect(r).toMatchObject({ key: "ONCE", label: "Sơ kết giai đoạn 2021–2025", review: "Sơ kết giai đoạn 2021–2025" });
  });

  it("gives a 2021–2030 plan yearly plus its sơ kết and tổng kết 12 rounds, each with the per-round quota", () => {
    const rounds = roundsOf(
      { recurrence: "YEARLY_AND_REVIEWS", phase: "", quota: 3, deadline: { day: 15, month: 12 } },
      tenYears,
    );
    expect(rounds).toHaveLength(12);
    expect(rounds.map((r) => r.label)).toEqual([
      "Năm 2021",
      "Năm 2022",
      "Năm 2023",
      "Năm 2024",
      "Sơ kết giai đoạn 2021–2025",
      "Năm 2025",
      "Năm 2026",
      "Năm 2027",
      "Năm 2028",
      "Năm 2029",
      "Tổng kết giai đoạn 2021–2030",
      "Năm 2030",
    ]);
    expect(rounds.map((r) => r.position)).toEqual([...Array(12).keys()]);
    expect(rounds.every((r) => r.quota === 3)).toBe(true);
    expect(rounds[3]).toMatchObject({
      key: "Y2024",
      year: 2024,
      periodFrom: "2024-01-01",
      periodTo: "2024-12-31",
      dossierDeadline: "2024-12-15",
    });
    // A review's round covers the phase from its start to the review; the yearly rule's day of 2025
    // falls after the sơ kết, so the review round has no deadline of its own.
    expect(rounds[4]).toMatchObject({
      key: "R:Sơ kết giai đoạn 2021–2025",
      periodFrom: "2021-01-01",
      periodTo: "2025-11-20",
      dossierDeadline: null,
    });
  });

  it("cuts the first and last years to the plan's period and falls back to the plan's deadline in its own year", () => {
    const rounds = roundsOf(
      { recurrence: "YEARLY", phase: "" },
      { periodFrom: "2022-06-15", periodTo: "2024-06-30", dossierDeadline: "2022-12-01", phases: [] },
    );
    expect(rounds.map((r) => [r.key, r.periodFrom, r.periodTo, r.dossierDeadline])).toEqual([
      ["Y2022", "2022-06-15", "2022-12-31", "2022-12-01"],
      ["Y2023", "2023-01-01", "2023-12-31", null],
      ["Y2024", "2024-01-01", "2024-06-30", null],
    ]);
  });

  it("holds a form recurring at reviews at every review, or only at the one it names", () => {
    expect(roundsOf({ recurrence: "AT_REVIEWS", phase: "" }, tenYears).map((r) => r.label)).toEqual([
      "Sơ kết giai đoạn 2021–2025",
      "Tổng kết giai đoạn 2021–2030",
    ]);
    const one = roundsOf(
      { recurrence: "AT_REVIEWS", phase: "Tổng kết giai đoạn 2021–2030", deadline: { day: 1, month: 10 } },
      tenYears,
    );
    expect(one).toEqual([
      expect.objectContaining({ label: "Tổng kết giai đoạn 2021–2030", dossierDeadline: "2030-10-01" }),
    ]);
  });
});

describe("yearly deadlines", () => {
  it("reads a day and month as plans write it", () => {
    expect(parseDayMonth("15/12")).toEqual({ day: 15, month: 12 });
    expect(parseDayMonth(" 5/1 ")).toEqual({ day: 5, month: 1 });
    expect(parseDayMonth("29/02")).toEqual({ day: 29, month: 2 });
    expect(parseDayMonth("31/04")).toBeNull();
    expect(parseDayMonth("15/13")).toBeNull();
    expect(parseDayMonth("15/12/2024")).toBeNull();
    expect(parseDayMonth("")).toBeNull();
  });

  it("puts the rule's day in each year, 29/02 on 28/02 in a common year", () => {
    expect(deadlineInYear({ day: 15, month: 12 }, 2027)).toBe("2027-12-15");
    expect(deadlineInYear({ day: 29, month: 2 }, 2028)).toBe("2028-02-29");
    expect(deadlineInYear({ day: 29, month: 2 }, 2027)).toBe("2027-02-28");
  });
});

describe("registration by year", () => {
  it("registers a plan given yearly year by year, any other plan once", () => {
    expect(registrationYears(tenYears, ["ONCE", "YEARLY"])).toEqual([
      2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ]);
    expect(registrationYears(tenYears, ["ONCE", "AT_REVIEWS"])).toEqual([2021]);
  });

  it("moves the plan's registration deadline to each year", () => {
    expect(registrationDeadlineIn("2021-01-31", 2021)).toBe("2021-01-31");
    expect(registrationDeadlineIn("2021-01-31", 2026)).toBe("2026-01-31");
    expect(registrationDeadlineIn(null, 2026)).toBeNull();
  });

  it("keeps the deadline as written when the plan is registered once, whatever year it falls in", () => {
    // A plan registered once answers to its own date (a deadline beyond the first year is not
    // pulled back into it); one registered year by year answers to the day in each year.
    expect(registrationDeadlineOf("2027-03-31", 2026, [2026])).toBe("2027-03-31");
    expect(registrationDeadlineOf("2021-01-31", 2026, [2021, 2022, 2023, 2024, 2025, 2026])).toBe("2026-01-31");
    expect(registrationDeadlineOf(null, 2026, [2026])).toBeNull();
  });
});

describe("registration aggregate (issue 12, point 6)", () => {
  it("totals approved registrations only", () => {
    const regs = [
      { status: "APPROVED", rows: [{ items: ["LDTT", "CSTD_CS"] }, { items: ["LDTT"] }] },
      { status: "RETURNED", rows: [{ items: ["LDTT"] }] },
      { status: "SENT", rows: [{ items: ["CSTD_CS"] }] },
    ];
    expect(approvedTotals(regs, ["LDTT", "CSTD_CS"])).toEqual({ LDTT: 2, CSTD_CS: 1 });
  });

  it("cites the plan by number and date, and the year registered for", () => {
    expect(
      registrationBasis(
        {
          number: "12",
          symbol: "KH-UBND",
          issuedOn: new Date("2022-06-15T00:00:00Z"),
          title: "phong trào thi đua giai đoạn 2021–2030",
          unit: { name: "Thị xã Ngã Năm" },
        },
        "Phường 1",
        2024,
      ),
    ).toBe(
      "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/6/2022 của UBND thị xã Ngã Năm về phong trào thi đua giai đoạn 2021–2030, Phường 1 đăng ký thi đua năm 2024 như sau:",
    );
  });

  it("opens a yearly plan's registration on this year, else the nearest", () => {
    const years = [2021, 2022, 2023];
    expect(registrationYearFor(years, 2022, "2026-12-01")).toBe(2022);
    expect(registrationYearFor(years, 1999, "2022-03-01")).toBe(2022);
    expect(registrationYearFor(years, undefined, "2026-12-01")).toBe(2023);
    expect(registrationYearFor(years, undefined, "2020-12-01")).toBe(2021);
  });
});

describe("the round a board shows", () => {
  const rounds = roundsOf(
    { recurrence: "YEARLY_AND_REVIEWS", phase: "", quota: 3 },
    { ...tenYears, phases: tenYears.phases },
  );
  it("lists each round once in order, and opens on this year's round unless one is asked for", () => {
    const choice = roundChoice(rounds, undefined, "2026-12-01");
    expect(choice.rounds).toHaveLength(12);
    expect(choice.roundKey).toBe("Y2026");
    expect(roundChoice(rounds, "R:Sơ kết giai đoạn 2021–2025", "2026-12-01").roundKey).toBe(
      "R:Sơ kết giai đoạn 2021–2025",
    );
    expect(roundChoice(rounds, "Y1999", "2035-01-01").roundKey).toBe("Y2021");
  });

  it("shows a form given once whichever round is chosen", () => {
    const once = [{ key: "ONCE", label: "2021–2030" }];
    expect(roundForKey(once, "Y2024")).toEqual(once[0]);
    expect(roundForKey([{ key: "Y2024" }, { key: "Y2025" }], "R:Sơ kết")).toBeUndefined();
  });
});

describe("the round open for deadlines (reminders, task boards)", () => {
  // "Hồ sơ đề nghị khen thưởng gửi trước ngày 15/12 hằng năm": each year's round is due on its own 15/12.
  const rounds = roundsOf(
    { recurrence: "YEARLY_AND_REVIEWS", phase: "", quota: 3, deadline: { day: 15, month: 12 } },
    tenYears,
  );
  it("is this year's round until its 15/12, then next year's", () => {
    expect(openRound(rounds, "2026-12-01")?.key).toBe("Y2026");
    expect(openRound(rounds, "2026-12-15")?.key).toBe("Y2026");
    expect(openRound(rounds, "2026-12-16")?.key).toBe("Y2027");
  });
  it("is a review's round when it falls due first, and none after the plan's last round", () => {
    // The sơ kết on 20/11/2025 has no 15/12 before it: it is due at the review, before 2025's round.
    expect(openRound(rounds, "2025-06-01")?.key).toBe("R:Sơ kết giai đoạn 2021–2025");
    expect(openRound(rounds, "2025-11-21")?.key).toBe("Y2025");
    expect(openRound(rounds, "2031-01-01")).toBeUndefined();
  });
});

describe("a form given at some of the plan's reviews only", () => {
  // A 2021–2030 phase plan with a sơ kết and a tổng kết whose Bằng khen is given "tại Hội nghị tổng
  // kết giai đoạn 2021–2030" only (the plan's own words; the sơ kết awards nothing of it).
  it("has a round at the tổng kết only, and with yearly rounds the years plus the tổng kết", () => {
    const atFinal = { phase: "", reviews: ["Tổng kết giai đoạn 2021–2030"], quota: 2 };
    expect(roundsOf({ ...atFinal, recurrence: "AT_REVIEWS" }, tenYears).map((r) => r.key)).toEqual([
      "R:Tổng kết giai đoạn 2021–2030",
    ]);
    const yearly = roundsOf({ ...atFinal, recurrence: "YEARLY_AND_REVIEWS" }, tenYears);
    expect(yearly).toHaveLength(11);
    expect(yearly.filter((r) => r.review).map((r) => r.label)).toEqual(["Tổng kết giai đoạn 2021–2030"]);
  });

  it("picks two of three reviews; none listed is every review, as before the list existed", () => {
    const three = {
      ...tenYears,
      phases: [
        { name: "Sơ kết 3 năm", reviewDate: "2023-11-20" },
        { name: "Sơ kết giai đoạn 2021–2025", reviewDate: "2025-11-20" },
        { name: "Tổng kết giai đoạn 2021–2030", reviewDate: "2030-11-20" },
      ],
    };
    const reviews = ["Sơ kết giai đoạn 2021–2025", "Tổng kết giai đoạn 2021–2030"];
    expect(roundsOf({ recurrence: "AT_REVIEWS", phase: "", reviews }, three).map((r) => r.label)).toEqual(reviews);
    expect(roundsOf({ recurrence: "AT_REVIEWS", phase: "", reviews: [] }, three)).toHaveLength(3);
  });
});
