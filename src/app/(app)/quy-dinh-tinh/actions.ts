"use server";

import { revalidatePath } from "next/cache";
import { ZId } from "@/schemas/common";
import { ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import { actorAction } from "@/server/actions/result";
import { deleteProvinceTitleRule, saveProvinceRules, saveProvinceTitleRule } from "@/server/data/province-rules";

const rules = () => {
  revalidatePath("/quy-dinh-tinh");
  revalidatePath("/hoi-dong");
};

export async function saveProvinceRulesAction(input: unknown) {
  return actorAction(ZProvinceRules, input, async (actor, data) => {
    await saveProvinceRules(actor, data);
    rules();
    return null;
  });
}

export async function saveProvinceTitleRuleAction(input: unknown) {
  return actorAction(ZProvinceTitleRule, input, async (actor, data) => {
    await saveProvinceTitleRule(actor, data);
    rules();
    return null;
  });
}

export async function deleteProvinceTitleRuleAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deleteProvinceTitleRule(actor, id);
    rules();
    return null;
  });
}
