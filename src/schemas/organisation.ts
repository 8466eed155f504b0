import { z } from "zod";
import { zText } from "./common";
import { ORGANISATION_KINDS } from "./organisation-labels";

export * from "./organisation-labels";

export const ZOrganisationInput = z.object({
  name: zText().min(2, "Tên tổ chức phải có ít nhất 2 ký tự.").max(200, "Tên tổ chức dài quá 200 ký tự."),
  kind: z.enum(ORGANISATION_KINDS, { error: "Chọn loại tổ chức." }),
  active: z.boolean(),
  /** Người đứng đầu, one of the unit's people ("" = not recorded). */
  headPersonId: zText().max(40).default(""),
});
export type TOrganisationInput = z.input<typeof ZOrganisationInput>;
