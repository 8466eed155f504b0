/**
 * Warnings shown while a unit fills its registration table (issue "Catalogue and registration":
 * registering someone ineligible now is warned, and blocked later at nomination). Pure.
 */
import { disciplineReasons, type DisciplineFacts } from "@/domain/eligibility/discipline";
import { recipientKindWord } from "@/domain/labels";

export type RegistrableItem = {
  code: string;
  name: string;
  nominee: readonly ("INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD")[];
  article: string;
};

export type RowFacts = { kind: "INDIVIDUAL" | "COLLECTIVE"; items: string[]; disciplines: DisciplineFacts[] };

export type Warning = { code: string; message: string; article: string };

export function registrationWarnings(row: RowFacts, items: RegistrableItem[], onDate: string): Warning[] {
  const warnings: Warning[] = [];
  for (const code of row.items) {
    const item = items.find((i) => i.code === code);
    if (item && !item.nominee.includes(row.kind)) {
      warnings.push({
        code: "WRONG_NOMINEE_KIND",
        message: `"${item.name}" chỉ xét cho ${item.nominee.map(recipientKindWord).join(", ")}, không cho ${recipientKindWord(row.kind)}.`,
        article: item.article,
      });
    }
  }
  if (row.items.length) warnings.push(...disciplineReasons(row.disciplines, onDate));
  return warnings;
}
