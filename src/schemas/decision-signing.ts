import { z } from "zod";
import { zText } from "./common";
import { ZDecisionInput } from "./council";

/**
 * Signing an award decision: the decision's number, date, signer and budget (ZDecisionInput), and
 * the amounts the chair enters where the law gives no coefficient on that date, with their reason
 * (src/domain/awards/amounts.ts says which kinds need one; the server checks it by the date signed), or
 * the chair's confirmation that they go without money (`noMoney`).
 */
const entered = z
  .union([
    z.literal(""),
    z.coerce
      .number({ error: "Mức thưởng phải là số." })
      .int("Mức thưởng tính bằng đồng, không có phần lẻ.")
      .min(0, "Mức thưởng không được âm.")
      .max(1_000_000_000, "Mức thưởng quá lớn."),
  ])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v));

export const ZSignDecision = ZDecisionInput.extend({
  amountIndividual: entered,
  amountCollective: entered,
  amountHousehold: entered,
  amountReason: zText().max(500, "Lý do dài quá 500 ký tự.").default(""),
  /** The chair confirms that what has no known amount goes "không kèm tiền thưởng". */
  noMoney: z.boolean().default(false),
});
export type TSignDecision = z.input<typeof ZSignDecision>;
