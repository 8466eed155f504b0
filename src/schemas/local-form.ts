import { z } from "zod";
import { zText } from "./common";
import { LOCAL_REWARD_KINDS } from "./local-form-labels";

export const ZLocalForm = z.object({
  name: zText().min(3, "Tên hình thức phải có ít nhất 3 ký tự.").max(200, "Tên dài quá 200 ký tự."),
  nominee: z.array(z.enum(["COLLECTIVE", "INDIVIDUAL"])).min(1, "Chọn đối tượng được tặng."),
  value: z
    .union([
      z.literal(""),
      z.coerce
        .number({ error: "Giá trị phải là số." })
        .int("Giá trị tính bằng đồng.")
        .min(0, "Giá trị không được âm.")
        .max(1_000_000_000, "Giá trị quá lớn."),
    ])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : v)),
  rewardKind: z.enum(LOCAL_REWARD_KINDS).default("CASH"),
  /** What the gift is ("một phần quà"), for a gift in kind. */
  giftDescription: zText().max(200, "Dài quá 200 ký tự.").default(""),
});
export type TLocalFormInput = z.input<typeof ZLocalForm>;
export type TLocalForm = z.output<typeof ZLocalForm>;
