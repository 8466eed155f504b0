/**
 * A unit acts only while it exists. When units are merged or split (Nghị quyết 202/2025/QH15 and the
 * UBTVQH resolutions arranging communes), the old People's Committee stops on the day before its
 * successor starts: it cannot issue a plan or sign an award decision dated after its last day
 * (`Unit.validTo`); its successor does, and may take over its open plans (plans/takeover.ts).
 * Pure; dates are yyyy-mm-dd.
 */
export type UnitValidity = { name: string; validTo: string | null };

export type ValidityProblem = { message: string; field: string };

const vi = (iso: string) => iso.split("-").reverse().join("/");

const ACTS = { plan: "ban hành kế hoạch", decision: "ký quyết định khen thưởng" } as const;

/** Why `unit` cannot issue a plan or a decision dated `onDate`; null when it still exists that day. */
export function endedUnitProblem(unit: UnitValidity, onDate: string, act: keyof typeof ACTS): ValidityProblem | null {
  if (!unit.validTo || onDate <= unit.validTo) return null;
  return {
    message: `${unit.name} chỉ hoạt động đến hết ngày ${vi(unit.validTo)} (đã sắp xếp theo nghị quyết về đơn vị hành chính): không thể ${ACTS[act]} đề ngày ${vi(onDate)}. Đơn vị kế thừa thực hiện việc này.`,
    field: `Chọn ngày đến hết ${vi(unit.validTo)}.`,
  };
}
