import { describe, expect, it } from "vitest";
import { eligibilityReasons, type NomineeFacts } from "@/domain/eligibility/evaluate";
import { consecutiveYears, prerequisiteReasons, type PersonRecordFacts } from "@/domain/eligibility/prerequisites";
import { holdReasons } from "@/domain/eligibility/holds";
import { principlesArticle } from "@/domain/eligibility/principles";

const none: PersonRecordFacts = { ratings: [], initiatives: [], awards: [] };
const codes = (r: { code: string }[]) => r.map((x) => x.code);

describe("the decree of principles in force (NĐ 98/2023 until 30/6/2025, NĐ 152/2025 after; Điều 4)", () => {
  it("switches on 1 July 2025", () => {
    expect(principlesArticle("2025-06-30")).toBe("Nghị định 98/2023/NĐ-CP, Điều 4");
    expect(principlesArticle("2025-07-01")).toBe("Nghị định 152/2025/NĐ-CP, Điều 4");
  });
});

describe("open complaints and inspections suspend commendation (NĐ 152/2025/NĐ-CP, Điều 4)", () => {
  it("bars while the matter is being verified, and lifts when it is closed", () => {
    const complaint = { kind: "COMPLAINT" as const, openedOn: "2025-09-01", closedOn: "2025-11-30" };
    expect(codes(holdReasons([complaint], "2025-10-01"))).toEqual(["COMPLAINT_OPEN"]);
    expect(holdReasons([complaint], "2025-12-01")).toEqual([]);
    expect(holdReasons([complaint], "2025-08-31")).toEqual([]);
    expect(codes(holdReasons([{ kind: "INSPECTION", openedOn: "2025-09-01", closedOn: null }], "2026-01-01"))).toEqual([
      "INSPECTION_OPEN",
    ]);
    expect(holdReasons([complaint], "2025-10-01")[0]!.article).toBe("Nghị định 152/2025/NĐ-CP, Điều 4");
  });
});

describe("Lao động tiên tiến needs hoàn thành tốt nhiệm vụ trở lên (Luật TĐKT 2022, Điều 24 khoản 1 điểm a)", () => {
  it("passes on HTTNV or HTXSNV, fails on HTNV, and on a missing rating", () => {
    expect(prerequisiteReasons("LDTT", { ...none, ratings: [{ year: 2024, rating: "HTTNV" }] }, 2024)).toEqual([]);
    expect(codes(prerequisiteReasons("LDTT", { ...none, ratings: [{ year: 2024, rating: "HTNV" }] }, 2024))).toEqual([
      "RATING_TOO_LOW",
    ]);
    expect(codes(prerequisiteReasons("LDTT", { ...none, ratings: [{ year: 2023, rating: "HTXSNV" }] }, 2024))).toEqual([
      "NO_RATING",
    ]);
  });
});

describe("Chiến sĩ thi đua cơ sở (Luật TĐKT 2022, Điều 23)", () => {
  it("needs the Lao động tiên tiến standard (khoản 1) and HTXSNV or a recognised initiative (khoản 2)", () => {
    const good: PersonRecordFacts = { ...none, ratings: [{ year: 2024, rating: "HTTNV" }] };
    expect(codes(prerequisiteReasons("CSTD_CS", good, 2024))).toEqual(["NO_INITIATIVE"]);
    expect(
      prerequisiteReasons("CSTD_CS", { ...good, initiatives: [{ scope: "CO_SO", recognisedOn: "2024-11-20" }] }, 2024),
    ).toEqual([]);
    expect(prerequisiteReasons("CSTD_CS", { ...none, ratings: [{ year: 2024, rating: "HTXSNV" }] }, 2024)).toEqual([]);
    const article = prerequisiteReasons("CSTD_CS", good, 2024)[0]!.article;
    expect(article).toBe("Luật Thi đua, khen thưởng 2022, Điều 23 khoản 2");
  });
  it("does not count an initiative of another year, and fails both points without a rating", () => {
    const f: PersonRecordFacts = {
      ...none,
      ratings: [{ year: 2024, rating: "HTTNV" }],
      initiatives: [{ scope: "CO_SO", recognisedOn: "2023-12-01" }],
    };
    expect(codes(prerequisiteReasons("CSTD_CS", f, 2024))).toEqual(["NO_INITIATIVE"]);
    expect(codes(prerequisiteReasons("CSTD_CS", none, 2024))).toEqual(["NO_RATING", "NO_INITIATIVE"]);
  });
  it("accepts a Lao động tiên tiến award of that year in place of the rating for khoản 1", () => {
    const f: PersonRecordFacts = {
      ...none,
      awards: [{ catalogueCode: "LDTT", year: 2024, revoked: false }],
      initiatives: [{ scope: "TINH", recognisedOn: "2024-06-01" }],
    };
    expect(prerequisiteReasons("CSTD_CS", f, 2024)).toEqual([]);
  });
});

describe("Chiến sĩ thi đua tỉnh: 03 lần liên tục Chiến sĩ thi đua cơ sở and a province-wide initiative (Luật TĐKT 2022, Điều 22 khoản 1)", () => {
  const cstd = (year: number, revoked = false) => ({ catalogueCode: "CSTD_CS", year, revoked });
  const initiative = { scope: "TINH" as const, recognisedOn: "2023-05-01" };
  it("counts consecutive years back from the achievement year; a gap or a revoked award breaks it", () => {
    expect(consecutiveYears({ ...none, awards: [cstd(2022), cstd(2023), cstd(2024)] }, "CSTD_CS", 2024)).toBe(3);
    expect(consecutiveYears({ ...none, awards: [cstd(2021), cstd(2023), cstd(2024)] }, "CSTD_CS", 2024)).toBe(2);
    expect(consecutiveYears({ ...none, awards: [cstd(2022), cstd(2023, true), cstd(2024)] }, "CSTD_CS", 2024)).toBe(1);
  });
  it("passes with three in a row and the initiative; says what is missing otherwise", () => {
    expect(
      prerequisiteReasons(
        "CSTD_TINH",
        { ...none, awards: [cstd(2022), cstd(2023), cstd(2024)], initiatives: [initiative] },
        2024,
      ),
    ).toEqual([]);
    const short = prerequisiteReasons(
      "CSTD_TINH",
      { ...none, awards: [cstd(2023), cstd(2024)], initiatives: [{ scope: "CO_SO", recognisedOn: "2024-01-01" }] },
      2024,
    );
    expect(codes(short)).toEqual(["NOT_CONSECUTIVE", "NO_INITIATIVE"]);
    expect(short[0]!.message).toContain("hiện có 2 năm liên tục");
  });
});

describe("a collective and its head", () => {
  const collective = (head: Extract<NomineeFacts, { kind: "COLLECTIVE" }>["head"]): NomineeFacts => ({
    kind: "COLLECTIVE",
    holds: [],
    head,
  });
  it("is not commended while its head is disciplined or being considered for discipline", () => {
    const reasons = eligibilityReasons({
      facts: collective({
        name: "Trần Văn B",
        disciplines: [{ status: "DECIDED", effectiveFrom: "2025-01-01", effectiveTo: "2025-12-31" }],
      }),
      catalogueCode: "TTLDTT",
      year: 2025,
      onDate: "2025-11-01",
    });
    expect(codes(reasons)).toEqual(["HEAD_DISCIPLINED"]);
    expect(reasons[0]!.message).toContain("Trần Văn B");
    expect(
      eligibilityReasons({
        facts: collective({ name: "Trần Văn B", disciplines: [] }),
        catalogueCode: "TTLDTT",
        year: 2025,
        onDate: "2025-11-01",
      }),
    ).toEqual([]);
    expect(
      eligibilityReasons({ facts: collective(null), catalogueCode: "TTLDTT", year: 2025, onDate: "2025-11-01" }),
    ).toEqual([]);
  });
  it("is suspended by a complaint about the collective itself", () => {
    expect(
      codes(
        eligibilityReasons({
          facts: {
            kind: "COLLECTIVE",
            holds: [{ kind: "COMPLAINT", openedOn: "2025-10-01", closedOn: null }],
            head: null,
          },
          catalogueCode: null,
          year: 2025,
          onDate: "2025-11-01",
        }),
      ),
    ).toEqual(["COMPLAINT_OPEN"]);
  });
});

describe("an individual: every rule at once", () => {
  it("lists discipline, holds and prerequisites together", () => {
    const facts: NomineeFacts = {
      kind: "INDIVIDUAL",
      disciplines: [{ status: "UNDER_CONSIDERATION", effectiveFrom: "2025-10-01", effectiveTo: null }],
      holds: [{ kind: "COMPLAINT", openedOn: "2025-10-01", closedOn: null }],
      ...none,
    };
    expect(codes(eligibilityReasons({ facts, catalogueCode: "LDTT", year: 2025, onDate: "2025-11-01" }))).toEqual([
      "DISCIPLINE_PENDING",
      "COMPLAINT_OPEN",
      "NO_RATING",
    ]);
    expect(
      eligibilityReasons({
        facts: { ...facts, disciplines: [], holds: [] },
        catalogueCode: null,
        year: 2025,
        onDate: "2025-11-01",
      }),
    ).toEqual([]);
  });
});
