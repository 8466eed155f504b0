import { z } from "zod";
import { ROLES } from "@/domain/auth/permissions";

export const ZRoles = z.array(z.enum(ROLES)).min(1, "Chọn ít nhất một vai trò.");

export const ZAccountInput = z.object({
  email: z.string().trim().toLowerCase().min(1, "Nhập thư điện tử.").email("Thư điện tử không hợp lệ.").max(200),
  name: z.string().trim().min(2, "Nhập họ và tên.").max(120, "Họ và tên dài quá 120 ký tự."),
  /** Needed only for a new account; an existing account (from another unit) keeps its password. */
  password: z
    .string()
    .max(200)
    .refine((p) => p === "" || p.length >= 10, "Mật khẩu phải có ít nhất 10 ký tự."),
  roles: ZRoles,
});
export type TAccountInput = z.infer<typeof ZAccountInput>;
