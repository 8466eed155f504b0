import { can, type Permission, type RoleCode } from "@/domain/auth/permissions";

const LINKS: { href: string; label: string; permission: Permission | null }[] = [
  { href: "/", label: "Tổng quan", permission: null },
  { href: "/ke-hoach", label: "Kế hoạch thi đua", permission: "plan.read" },
  { href: "/de-nghi", label: "Đề nghị khen thưởng", permission: "plan.read" },
  { href: "/de-nghi/tham-dinh", label: "Thẩm định hồ sơ", permission: "nomination.review" },
  { href: "/hoi-dong", label: "Hội đồng thi đua – khen thưởng", permission: "council.read" },
  { href: "/phe-duyet", label: "Phê duyệt, quyết định khen thưởng", permission: "award.approve" },
  { href: "/quyet-dinh", label: "Quyết định đã ký, ban hành", permission: "decision.record" },
  { href: "/lich-su-khen-thuong", label: "Lịch sử khen thưởng", permission: "person.read" },
  { href: "/thong-ke", label: "Thống kê", permission: "person.read" },
  { href: "/don-vi-tien-than", label: "Đơn vị tiền thân", permission: "person.read" },
  { href: "/danh-muc", label: "Danh mục khen thưởng", permission: "plan.read" },
  { href: "/quy-dinh-tinh", label: "Quy định của tỉnh", permission: "rules.read" },
  { href: "/to-chuc", label: "Tổ chức, tập thể", permission: "organisation.read" },
  { href: "/nhan-su", label: "Cán bộ, người lao động", permission: "person.read" },
  { href: "/tai-khoan", label: "Tài khoản và vai trò", permission: "account.manage" },
  { href: "/thong-bao/thu-di", label: "Hộp thư đi", permission: "account.manage" },
  { href: "/chung-thu-so", label: "Chứng thư số của đơn vị", permission: "signing.manage" },
  { href: "/nhat-ky", label: "Nhật ký thao tác", permission: "audit.read" },
];

/** The menu shows only what the roles in the current unit allow. */
export function navLinksFor(roles: readonly RoleCode[]) {
  return LINKS.filter((l) => l.permission === null || can(roles, l.permission));
}
