import { z } from "zod";
import { ROLES } from "@/domain/auth/permissions";
import { MIN_PASSWORD_LENGTH } from "@/domain/auth/invitations";
import { ZId, zText } from "./common";

export const ZRoles = z.array(z.enum(ROLES)).min(1, "Chọn ít nhất một vai trò.");

/** The roles form of one account in one unit (its action and its lazy resolver parse with this). */
export const ZRolesInput = z.object({ roles: ZRoles });
export type TRolesInput = z.infer<typeof ZRolesInput>;

export const ZEmail = zText()
  .toLowerCase()
  .min(1, "Nhập thư điện tử.")
  .email("Thư điện tử không hợp lệ.")
  .max(200, "Thư điện tử dài quá 200 ký tự.");

export const ZPersonName = zText().min(2, "Nhập họ và tên.").max(120, "Họ và tên dài quá 120 ký tự.");

/**
 * Inviting an account to roles in a unit: the administrator's own ("" ) or one below it. No
 * password: whoever owns the email sets (or confirms) their own through the invitation link.
 */
export const ZAccountInput = z.object({
  unitId: z.union([z.literal(""), ZId]),
  email: ZEmail,
  name: ZPersonName,
  roles: ZRoles,
});
export type TAccountInput = z.infer<typeof ZAccountInput>;

const ZNewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(200, "Mật khẩu dài quá 200 ký tự.");

const sameTwice = <T extends { password: string; confirm: string }>(v: T) => v.password === v.confirm;
const MISMATCH = { message: "Hai lần nhập mật khẩu không giống nhau.", path: ["confirm"] };

/**
 * The invitation page's one form, the same whether the email has an account or not (so the page
 * tells nobody which): a new account sets this password; an existing one types its own.
 */
export const ZLinkPassword = z
  .object({ password: ZNewPassword, confirm: z.string().max(200) })
  .refine(sameTwice, MISMATCH);
export type TLinkPassword = z.infer<typeof ZLinkPassword>;

/** "Tài khoản của tôi": the current password, then the new one twice. */
export const ZChangePassword = z
  .object({
    current: z.string().min(1, "Nhập mật khẩu đang dùng.").max(200),
    password: ZNewPassword,
    confirm: z.string().max(200),
  })
  .refine(sameTwice, MISMATCH)
  .refine((v) => v.password !== v.current, {
    message: "Mật khẩu mới phải khác mật khẩu đang dùng.",
    path: ["password"],
  });
export type TChangePassword = z.infer<typeof ZChangePassword>;

/** A one-time link as the issuing screen shows it, once: to hand over to its owner. */
export type IssuedLinkView = { url: string; email: string; unitName?: string; expiresAt: string };
