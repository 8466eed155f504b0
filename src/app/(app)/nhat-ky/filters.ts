import { z } from "zod";
import { ZIsoDate } from "@/schemas/person";
import type { SearchParams } from "@/lib/table-params";

/** The entities the audit log names, with the filter's labels. */
export const ENTITY_LABELS: Record<string, string> = {
  Organisation: "Tổ chức",
  Person: "Cán bộ, người lao động",
  DisciplineRecord: "Kỷ luật",
  User: "Tài khoản",
  Membership: "Vai trò",
  Plan: "Kế hoạch",
  Registration: "Đăng ký thi đua",
  LocalAwardForm: "Hình thức khen thưởng của đơn vị",
  NominationBatch: "Tờ trình đề nghị",
  Nominee: "Người, tập thể được đề nghị",
  DossierDocument: "Giấy tờ hồ sơ",
  QuotaAllocation: "Phân bổ chỉ tiêu",
  DossierExtension: "Gia hạn hồ sơ",
};

// A day that does not exist (2024-02-30) would become an Invalid Date and fail the query: dropped.
const day = ZIsoDate.optional().catch(undefined);
const ZFilter = z.object({
  "doi-tuong": z
    .enum(Object.keys(ENTITY_LABELS) as [string, ...string[]])
    .optional()
    .catch(undefined),
  "thao-tac": z.enum(["CREATE", "UPDATE", "DELETE"]).optional().catch(undefined),
  "tu-ngay": day,
  "den-ngay": day,
});
export type AuditFilter = z.infer<typeof ZFilter>;

/** The log's filters from the URL; a bad value is ignored, never an error (repeated keys: the first). */
export function auditFilter(raw: SearchParams): AuditFilter {
  return ZFilter.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
}
