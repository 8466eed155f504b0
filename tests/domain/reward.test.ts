import { describe, expect, it } from "vitest";
import {
  byListPhrase,
  certificateTitle,
  decisionVerbs,
  inferRewardKind,
  perKindPhrase,
  planRewardLine,
  rewardInHistory,
  rewardPhrase,
  totalLabel,
} from "@/domain/awards/reward";
import {
  amountFor,
  decisionAmounts,
  decisionRewardKind,
  kindsToEnter,
  openAmountReason,
} from "@/domain/awards/amounts";

const ON = "2026-12-01"; // base salary 2.530.000 đ from 1/7/2026 (NĐ 161/2026 Điều 3 khoản 2)

describe("how a form rewards, worded (reward.ts)", () => {
  it("a gift reads as a gift, never as money", () => {
    expect(rewardPhrase("GIFT", 300_000, "một phần quà")).toBe("được tặng một phần quà trị giá 300.000 đồng");
    expect(rewardPhrase("GIFT", 300_000, "")).toBe("được tặng một phần quà trị giá 300.000 đồng");
    expect(rewardPhrase("CASH", 300_000, "")).toBe("được thưởng 300.000 đồng");
    expect(rewardPhrase("CATALOGUE", 760_000, "")).toBe("được thưởng 760.000 đồng");
    expect(rewardPhrase("NONE", null, "")).toBe("");
    expect(perKindPhrase("INDIVIDUAL", "GIFT", 300_000, "một bộ sách")).toBe(
      "mỗi cá nhân được tặng một bộ sách trị giá 300.000 đồng",
    );
    expect(byListPhrase("GIFT")).toMatch(/^được tặng quà/u);
    expect(totalLabel("GIFT")).toBe("Tổng giá trị quà tặng");
    expect(totalLabel("CASH")).toBe("Tổng số tiền thưởng");
  });

  it("the award history follows the kind", () => {
    expect(rewardInHistory("GIFT", 300_000, "một phần quà")).toBe("Một phần quà trị giá 300.000 đồng");
    expect(rewardInHistory("CASH", 300_000, "")).toBe("300.000 đồng");
    expect(rewardInHistory("NONE", null, "")).toBe("Không kèm tiền thưởng");
    // Entered from a paper decision: its amount was money, or nothing is known.
    expect(rewardInHistory(null, 500_000, "")).toBe("500.000 đồng");
    expect(rewardInHistory(null, null, "")).toBe("");
  });

  it("the plan prints its reward line by kind", () => {
    expect(planRewardLine("GIFT", 300_000, "một phần quà", "INDIVIDUAL")).toBe(
      "- Mức thưởng: một phần quà trị giá 300.000 đồng/người.",
    );
    expect(planRewardLine("CASH", 500_000, "", "COLLECTIVE")).toBe("- Mức thưởng: 500.000 đồng/tập thể.");
    expect(planRewardLine("NONE", undefined, "", "INDIVIDUAL")).toBe("- Không kèm tiền thưởng.");
    expect(planRewardLine("CATALOGUE", undefined, "", "INDIVIDUAL")).toBeNull();
  });

  it("a form without a stated kind is read from what it holds", () => {
    expect(inferRewardKind({ cashValue: 300_000, catalogueCode: null })).toBe("CASH");
    expect(inferRewardKind({ cashValue: null, catalogueCode: "CSTD_CS" })).toBe("CATALOGUE");
    expect(inferRewardKind({ cashValue: undefined, catalogueCode: null })).toBe("CASH");
  });
});

describe("certificates (NĐ 98/2023 Điều 104 for the Giấy khen)", () => {
  it("a Giấy khen prints its title without the conferring head", () => {
    expect(certificateTitle({ name: "Giấy khen của Chủ tịch UBND huyện", catalogueCode: null })).toBe("Giấy khen");
    expect(certificateTitle({ name: "Chiến sĩ thi đua cơ sở", catalogueCode: "CSTD_CS" })).toBe(
      "Chiến sĩ thi đua cơ sở",
    );
  });
  it("a gift or a sum on its own has no certificate", () => {
    expect(certificateTitle({ name: "Tặng khen thưởng bằng quà", catalogueCode: null })).toBeNull();
    expect(certificateTitle({ name: "Khen thưởng đột xuất", catalogueCode: null })).toBeNull();
  });
  it("the decision's verbs follow: tặng Giấy khen, tặng quà, khen thưởng", () => {
    const gk = decisionVerbs({ name: "Giấy khen của Chủ tịch UBND xã", catalogueCode: null }, "GIFT");
    expect(gk.article1("05 cá nhân")).toBe("Tặng Giấy khen của Chủ tịch UBND xã cho 05 cá nhân");
    expect(gk.article2("mỗi cá nhân được tặng một phần quà trị giá 300.000 đồng")).toBe(
      "Kèm theo Giấy khen của Chủ tịch UBND xã, mỗi cá nhân được tặng một phần quà trị giá 300.000 đồng",
    );
    const gift = decisionVerbs({ name: "Khen thưởng bằng quà", catalogueCode: null }, "GIFT");
    expect(gift.subject("các cá nhân")).toBe("tặng quà cho các cá nhân");
    expect(gift.article2("mỗi cá nhân được tặng một phần quà trị giá 300.000 đồng")).toBe(
      "Mỗi cá nhân được tặng một phần quà trị giá 300.000 đồng",
    );
    expect(gift.listTitle("Các cá nhân")).toBe("Các cá nhân được tặng quà");
    const cash = decisionVerbs({ name: "Khen thưởng đột xuất", catalogueCode: null }, "CASH");
    expect(cash.article1("02 tập thể")).toBe("Khen thưởng 02 tập thể");
  });
});

describe("amounts by kind: never a silent 0 đồng", () => {
  const form = (over: object) => ({ catalogueCode: null, cashValue: null, giftDescription: "", ...over });

  it("coefficient × base salary of the decision date, rounded up to 10.000 đ (NĐ 152/2025 Điều 49, 50 khoản 1)", () => {
    // Lao động tiên tiến 0,3 × 2.530.000 = 759.000 → 760.000.
    const a = amountFor({
      ...form({ catalogueCode: "LDTT", rewardKind: "CATALOGUE" }),
      kind: "INDIVIDUAL",
      decidedOn: ON,
    });
    expect(a?.amount).toBe(760_000);
    // A CATALOGUE form ignores a stray fixed value; a CASH form pays it.
    const c = amountFor({
      ...form({ catalogueCode: "LDTT", rewardKind: "CATALOGUE", cashValue: 1 }),
      kind: "INDIVIDUAL",
      decidedOn: ON,
    });
    expect(c?.amount).toBe(760_000);
  });

  it("a gift's value and a fixed sum come from the plan; NONE pays nothing and asks nothing", () => {
    const gift = form({ rewardKind: "GIFT", cashValue: 300_000, giftDescription: "một phần quà" });
    expect(amountFor({ ...gift, kind: "INDIVIDUAL", decidedOn: ON })).toEqual({
      amount: 300_000,
      basis: "Giá trị quà tặng cố định theo kế hoạch",
    });
    const none = form({ rewardKind: "NONE", catalogueCode: "LDTT" });
    expect(amountFor({ ...none, kind: "INDIVIDUAL", decidedOn: ON })).toBeNull();
    expect(kindsToEnter(none, ["INDIVIDUAL"], ON)).toEqual([]);
    const { amounts, problems } = decisionAmounts(none, ["INDIVIDUAL"], ON, {});
    expect(problems).toEqual({});
    expect(decisionRewardKind(none, amounts)).toBe("NONE");
  });

  it("an unknown amount says why and must be entered or confirmed as none", () => {
    for (const f of [
      form({ rewardKind: "CASH" }),
      form({ rewardKind: "GIFT", giftDescription: "một phần quà" }),
      form({ rewardKind: "CATALOGUE" }),
      // An individual's Giấy khen: the coefficient is open in legal-facts.md (NĐ 152 Điều 54 khoản 1 not read).
      form({ rewardKind: "CATALOGUE", catalogueCode: "GK_CT_XA" }),
    ]) {
      expect(kindsToEnter(f, ["INDIVIDUAL", "INDIVIDUAL"], ON)).toEqual(["INDIVIDUAL"]);
      expect(openAmountReason({ ...f, kind: "INDIVIDUAL", decidedOn: ON })).not.toBe("");
      const missing = decisionAmounts(f, ["INDIVIDUAL"], ON, {});
      expect(missing.problems.amountIndividual).toMatch(/không kèm tiền thưởng/u);
      expect(missing.problems.amountReason).toBeDefined();
      const confirmed = decisionAmounts(f, ["INDIVIDUAL"], ON, { noMoney: true });
      expect(confirmed.problems).toEqual({});
      expect(confirmed.amounts).toEqual([null]);
      expect(decisionRewardKind(f, confirmed.amounts)).toBe("NONE");
    }
    expect(openAmountReason({ ...form({ rewardKind: "GIFT" }), kind: "INDIVIDUAL", decidedOn: ON })).toMatch(
      /hiện vật \(một phần quà\) nhưng không ghi giá trị/u,
    );
  });

  it("a gift's value entered by the chair is worded as a gift", () => {
    const f = form({ rewardKind: "GIFT", giftDescription: "một bộ sách" });
    const { amounts, problems } = decisionAmounts(f, ["INDIVIDUAL"], ON, {
      amountIndividual: 250_000,
      amountReason: "Theo dự toán được duyệt",
    });
    expect(problems).toEqual({});
    expect(amounts[0]).toEqual({
      amount: 250_000,
      basis: "cá nhân một bộ sách trị giá 250.000 đồng, do Chủ tịch quyết định: Theo dự toán được duyệt",
    });
    expect(decisionRewardKind(f, amounts)).toBe("GIFT");
  });
});
