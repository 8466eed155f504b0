import { todayInVietnam } from "@/lib/dates";
import type { UnitChoice } from "./moi/account-form";

/** The unit picker's lines: the administrator's own unit first, then the units below, ended ones marked. */
export function unitChoices(
  units: { id: string; code: string; name: string; place: string; validTo: Date | null }[],
): UnitChoice[] {
  const today = todayInVietnam();
  return units.map((u) => ({
    id: u.id,
    label:
      `${u.name} (mã ${u.code})` +
      (u.place === "own" ? " — đơn vị của bạn" : "") +
      (u.validTo && u.validTo.toISOString().slice(0, 10) < today ? " — đã kết thúc" : ""),
  }));
}
