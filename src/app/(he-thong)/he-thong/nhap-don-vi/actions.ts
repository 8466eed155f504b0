"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import type { ActionResult } from "@/schemas/action-result";
import { invalid } from "@/domain/errors";
import { decodeCsvUpload } from "@/domain/units/csv";
import { parseListDate } from "@/domain/units/succession-csv";
import { operatorAction } from "@/server/actions/result";
import {
  cancelUnitImportJob,
  confirmUnitImportJob,
  createUnitImportJob,
  runUnitImportJob,
} from "@/server/units/import-job";

/** A national list is about 1 MB; the request limit (next.config.mjs) holds two of these. */
const MAX_BYTES = 5 * 1024 * 1024;

const ZFile = z
  .instanceof(File)
  .nullable()
  .transform((f) => (f && f.size > 0 ? f : null))
  .refine((f) => !f || f.size <= MAX_BYTES, "Tệp quá lớn (tối đa 5 MB).");
const ZDay = z
  .string()
  .transform((v) => v.trim())
  .refine((v) => v === "" || parseListDate(v) !== null, "Ngày không hợp lệ (ví dụ 01/07/2025).")
  .transform((v) => (v ? parseListDate(v) : null));

const ZUpload = z.object({ list: ZFile, succession: ZFile, validFrom: ZDay, validTo: ZDay });

async function textOf(file: File | null, field: "list" | "succession") {
  if (!file) return null;
  const decoded = decodeCsvUpload(new Uint8Array(await file.arrayBuffer()));
  if ("error" in decoded) throw invalid("Tệp tải lên chưa đọc được. Xem ô được đánh dấu.", { [field]: decoded.error });
  return { name: file.name, text: decoded.text };
}

/** Reads the files and shows what they would change (nothing changes until the operator confirms). */
export async function uploadUnitFilesAction(_prev: ActionResult<null> | null, form: FormData) {
  const input = {
    list: form.get("list"),
    succession: form.get("succession"),
    validFrom: form.get("validFrom") ?? "",
    validTo: form.get("validTo") ?? "",
  };
  const result = await operatorAction(ZUpload, input, async (operator, data) => {
    if (!data.list && !data.succession)
      throw invalid("Chọn ít nhất một tệp.", { list: "Chọn tệp danh mục, tệp danh sách kế thừa hoặc cả hai." });
    const [list, succession] = [await textOf(data.list, "list"), await textOf(data.succession, "succession")];
    const { id } = await createUnitImportJob(operator, {
      list,
      succession,
      validFrom: data.validFrom,
      validTo: data.validTo,
    });
    return id;
  });
  if (result.ok) redirect(`/he-thong/nhap-don-vi/${result.data}`);
  return result.ok ? { ok: true as const, data: null } : result;
}

/** Confirms a preview: the import runs after the response, the page follows its progress. */
export async function confirmUnitImportAction(id: string) {
  return operatorAction(ZId, id, async (operator, id) => {
    await confirmUnitImportJob(operator, id);
    after(() => runUnitImportJob(id));
    revalidatePath(`/he-thong/nhap-don-vi/${id}`);
    return null;
  });
}

export async function cancelUnitImportAction(id: string) {
  return operatorAction(ZId, id, async (operator, id) => {
    await cancelUnitImportJob(operator, id);
    revalidatePath("/he-thong/nhap-don-vi");
    return null;
  });
}
