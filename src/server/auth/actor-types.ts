import type { RoleCode } from "@/domain/auth/permissions";
import type { UnitKindCode } from "@/domain/units/hierarchy";

/** Who is calling: the account, the unit it is working in, and its roles there. */
export type Actor = {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  unit: { id: string; code: string; name: string; kind: UnitKindCode; path: string };
  roles: RoleCode[];
  /** Every unit where the account holds a role: the unit switcher's choices. */
  units: { id: string; name: string; roles: RoleCode[] }[];
};

/**
 * A system operator (quản trị hệ thống): the installation's own account, outside every unit's
 * wall. Its functions take it by this type, never as an `Actor`, so no tenant-scoped function can
 * be handed an operator by mistake.
 */
export type Operator = { userId: string; sessionId: string; name: string; email: string };
