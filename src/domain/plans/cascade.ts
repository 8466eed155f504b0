import { placeName } from "@/domain/units/hierarchy";
import type { PlanContentAwardForm } from "./plan-content";

/**
 * What a lower unit's plan starts from when it cascades a higher unit's plan (kế hoạch triển khai
 * kế hoạch cấp trên). Pure.
 *
 * - The higher plan's award forms are the higher unit's forms seen from below: the lower unit
 *   proposes for them (PROPOSED), and a proposal filed on one goes to the higher unit's reviewer
 *   (the data layer links each copy to its parent form). The higher plan's numbers are the whole
 *   plan's, not the lower unit's share (which the higher unit allocates): they are not copied.
 * - Duties and recipients are copied as defaults the unit edits; the signer's name is left blank
 *   (a plan may leave it blank; the unit's own chair signs).
 * - The place of the date line is the unit's own place name; a unit named by a number ("Phường 1")
 *   has none of its own to print ("1, ngày …" is no place), so the field is left for the user.
 */

/** "Thị trấn Cổ Lễ" → "Cổ Lễ"; "Phường 1" → "" (the user writes the place). */
export function cascadePlace(unitName: string): string {
  const place = placeName(unitName.trim()).trim();
  return /^\d/u.test(place) ? "" : place;
}

/** A higher plan's award form as the lower plan holds it: a proposal for it, without the whole plan's numbers. */
export function cascadeAwardForm<F extends PlanContentAwardForm>(form: F): F {
  return { ...form, conferral: "PROPOSED", quota: undefined, subQuotas: [] };
}
