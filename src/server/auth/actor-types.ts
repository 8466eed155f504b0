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
