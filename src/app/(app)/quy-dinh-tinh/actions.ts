"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZRowVersionOrNew } from "@/schemas/row-version";
import { ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import { actorAction } from "@/server/actions/result";
import { deleteProvinceTitleRule, saveProvinceRules, saveProvinceTitleRule } from "@/server/data/province-rules";

const rules = () => {
  revalidatePath("/quy-dinh-tinh");
  revalidatePath("/hoi-dong");
};

export async function saveProvinceRulesAction(input: unknown, rowVersion: number | null) {
  const schema = z.object({ rowVersion: ZRowVersionOrNew, data: ZProvinceRules });
  return actorAction(schema, { rowVersion, data: input }, async (actor, { rowVersion, data }) => {
    await saveProvinceRules(actor, data, rowVersion);
    rules();
    return null;
  });
}

/** The edit form of an existing title's rule sends the version it loaded; the form that adds one, null. */
export async function saveProvinceTitleRuleAction(input: unknown, rowVersion: number | null) {
  const schema = z.object({ rowVersion: ZRowVersionOrNew, data: ZProvinceTitleRule });
  return actorAction(schema, { rowVersion, data: input }, async (actor, { rowVersion, data }) => {
    await saveProvinceTitleRule(actor, data, rowVersion ?? undefined);
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
