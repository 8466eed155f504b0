import { can, type Permission, type RoleCode } from "@/domain/auth/permissions";

const LINKS: { href: string; label: string; permission: Permission | null }[] = [
  { href: "/", label: "Tổng quan", permission: null },
  { href: "/ke-hoach", label: "Kế hoạch thi đua", permission: "plan.read" },
  { href: "/de-nghi", label: "Đề nghị khen thưởng", permission: "plan.read" },
  { href: "/de-nghi/tham-dinh", label: "Thẩm định hồ sơ", permission: "nomination.review" },
  { href: "/danh-muc", label: "Danh mục khen thưởng", permission: "plan.read" },
  { href: "/to-chuc", label: "Tổ chức, tập thể", permission: "organisation.read" },
  { href: "/nhan-su", label: "Cán bộ, người lao động", permission: "person.read" },
  { href: "/tai-khoan", label: "Tài khoản và vai trò", permission: "account.manage" },
  { href: "/nhat-ky", label: "Nhật ký thao tác", permission: "audit.read" },
];

/** The menu shows only what the roles in the current unit allow. */
export function navLinksFor(roles: readonly RoleCode[]) {
  return LINKS.filter((l) => l.permission === null || can(roles, l.permission));
}
