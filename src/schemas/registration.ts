import { z } from "zod";
import { ZOptionalId, zText } from "./common";
import { ZIsoDate } from "./person";

/** One line of a unit's registration table, as the form sends it. Names come from the database. */
export const ZRegistrationRow = z
  .object({
    kind: z.enum(["COLLECTIVE", "INDIVIDUAL"]),
    /** Absent for the unit itself ("UBND xã") as a collective. */
    organisationId: ZOptionalId,
    personId: ZOptionalId,
    items: z.array(zText().max(60)).max(40),
    commitment: zText().max(2000, "Nội dung đăng ký dài quá 2000 ký tự."),
  })
  .refine((r) => (r.kind === "INDIVIDUAL" ? Boolean(r.personId) && !r.organisationId : !r.personId), {
    message: "Dòng đăng ký không hợp lệ.",
    path: ["kind"],
  });

export const ZRegistrationInput = z.object({ rows: z.array(ZRegistrationRow).max(2000, "Tối đa 2000 dòng.") });
export type TRegistrationInput = z.input<typeof ZRegistrationInput>;
export type TRegistrationRow = z.output<typeof ZRegistrationRow>;

export const ZReturnReason = z.object({
  reason: zText().min(5, "Nêu lý do trả lại (ít nhất 5 ký tự).").max(1000),
});
export const ZReopen = z.object({ until: ZIsoDate });
