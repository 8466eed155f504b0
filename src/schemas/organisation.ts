import { z } from "zod";
import { zText } from "./common";

export const ORGANISATION_KINDS = ["CO_QUAN", "BAN_NGANH", "DOAN_THE", "BO_PHAN", "THON_TO_DAN_PHO"] as const;

export const ORGANISATION_KIND_LABELS: Record<(typeof ORGANISATION_KINDS)[number], string> = {
  CO_QUAN: "Cơ quan",
  BAN_NGANH: "Ban, ngành",
  DOAN_THE: "Đoàn thể",
  BO_PHAN: "Bộ phận",
  THON_TO_DAN_PHO: "Thôn, tổ dân phố",
};

export const ZOrganisationInput = z.object({
  name: zText().min(2, "Tên tổ chức phải có ít nhất 2 ký tự.").max(200, "Tên tổ chức dài quá 200 ký tự."),
  kind: z.enum(ORGANISATION_KINDS, { error: "Chọn loại tổ chức." }),
  active: z.boolean(),
  /** Người đứng đầu, one of the unit's people ("" = not recorded). */
  headPersonId: zText().max(40).default(""),
});
export type TOrganisationInput = z.input<typeof ZOrganisationInput>;
